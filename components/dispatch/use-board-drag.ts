"use client";

import { type PointerEvent as ReactPointerEvent, type RefObject, useCallback, useEffect, useRef, useState } from "react";
import type { PlanItem } from "./board-types";

/** Under this many pixels of travel a press is a click (the card's own button), not a drag. */
const DRAG_THRESHOLD = 5;
/** Near the board's left or right edge a drag scrolls it, this many pixels a move. */
const EDGE = 48;
const SCROLL_STEP = 24;

export type DropTarget = { userId: string; name: string; fraction: number };
export type DragState = { item: PlanItem; x: number; y: number; over: DropTarget | null };

/** The technician row under a point and where along its time axis (0–1) the point is. */
function rowAt(x: number, y: number): DropTarget | null {
  const row = document.elementFromPoint(x, y)?.closest<HTMLElement>("[data-drop-row]");
  if (!row?.dataset.userId) return null;
  const rect = row.getBoundingClientRect();
  return { userId: row.dataset.userId, name: row.dataset.name ?? "", fraction: (x - rect.left) / rect.width };
}

/**
 * Pointer dragging of cards onto technicians' rows (mouse and pen; on a touch screen a finger
 * scrolls, and the card's Plan… button plans). Listens on the window while a press lasts, so the
 * card may be re-rendered or leave the lane under the pointer. Escape cancels a drag.
 */
export function useBoardDrag(scroller: RefObject<HTMLElement | null>, onDrop: (item: PlanItem, target: DropTarget) => void) {
  const [drag, setDrag] = useState<DragState | null>(null);
  const suppressClick = useRef(false);
  const cleanup = useRef<(() => void) | null>(null);
  // The latest drop handler, read at the drop: `start` stays the same function, so rows memoised on it stay put.
  const dropRef = useRef(onDrop);
  useEffect(() => {
    dropRef.current = onDrop;
  });
  useEffect(() => () => cleanup.current?.(), []);

  const start = useCallback(
    (event: ReactPointerEvent, item: PlanItem) => {
      if (event.button !== 0 || event.pointerType === "touch") return;
      cleanup.current?.();
      const origin = { x: event.clientX, y: event.clientY };
      let moving = false;
      let over: DropTarget | null = null;

      const move = (e: PointerEvent) => {
        if (!moving && Math.hypot(e.clientX - origin.x, e.clientY - origin.y) < DRAG_THRESHOLD) return;
        moving = true;
        e.preventDefault();
        const box = scroller.current?.getBoundingClientRect();
        if (scroller.current && box && e.clientY >= box.top && e.clientY <= box.bottom) {
          if (e.clientX < box.left + EDGE) scroller.current.scrollLeft -= SCROLL_STEP;
          else if (e.clientX > box.right - EDGE) scroller.current.scrollLeft += SCROLL_STEP;
        }
        over = rowAt(e.clientX, e.clientY);
        setDrag({ item, x: e.clientX, y: e.clientY, over });
      };
      const end = (drop: boolean) => {
        stop();
        if (!moving) return;
        // The click that follows a drag's release is not a press on whatever lies under it.
        suppressClick.current = true;
        setTimeout(() => (suppressClick.current = false), 0);
        setDrag(null);
        if (drop && over) dropRef.current(item, over);
      };
      const up = () => end(true);
      const key = (e: KeyboardEvent) => e.key === "Escape" && end(false);
      const stop = () => {
        window.removeEventListener("pointermove", move);
        window.removeEventListener("pointerup", up);
        window.removeEventListener("pointercancel", cancel);
        window.removeEventListener("keydown", key);
        cleanup.current = null;
      };
      const cancel = () => end(false);
      window.addEventListener("pointermove", move);
      window.addEventListener("pointerup", up);
      window.addEventListener("pointercancel", cancel);
      window.addEventListener("keydown", key);
      cleanup.current = stop;
    },
    [scroller],
  );

  return {
    drag,
    start,
    /** For onClickCapture on the board: swallows the click a drag's release makes. */
    swallowClick: (event: { preventDefault: () => void; stopPropagation: () => void }) => {
      if (!suppressClick.current) return;
      event.preventDefault();
      event.stopPropagation();
    },
  };
}
