// Matchers that read what the user sees (visible, its text, its accessible name) rather than that a query found a node.
import '@testing-library/jest-dom/vitest';
