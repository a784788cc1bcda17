import { useEffect, useState, type RefObject } from 'react';

/** Whether a scroll box hides columns to its right, so the table can say so instead of cutting them off silently. */
export function useSideScroll(ref: RefObject<HTMLElement | null>, watch: unknown): boolean {
  const [more, setMore] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const check = () => setMore(box.scrollLeft + box.clientWidth < box.scrollWidth - 1);
    check();
    box.addEventListener('scroll', check, { passive: true });
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(check);
    resize?.observe(box);
    return () => {
      box.removeEventListener('scroll', check);
      resize?.disconnect();
    };
  }, [ref, watch]);
  return more;
}
