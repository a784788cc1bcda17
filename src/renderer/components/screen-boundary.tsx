import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button } from './button';

interface Props {
  /** Which screen this guards, for the message and so a new screen starts clean. */
  screen: string;
  children: ReactNode;
}

/**
 * One screen's failure stays on that screen: the rail, the status bar and running jobs keep working,
 * and the user is told what to do instead of seeing a blank window.
 */
export class ScreenBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`[${this.props.screen}] screen failed`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="empty-state" role="alert">
        <h2>This screen ran into a problem</h2>
        <p>Your data is safe: nothing was lost. Open another screen and come back, or restart Campaign Desk if it happens again.</p>
        <Button onClick={() => this.setState({ failed: false })}>Try again</Button>
      </div>
    );
  }
}
