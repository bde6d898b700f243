import type { BoardCard, DispatchBoard } from "@/lib/dispatch/load-board";

// Client-safe shapes the board's components share (types only: load-board.ts stays on the server).

export type { BoardCard, DispatchBoard };

/** A record the user is planning: from the lane (fromUserId null) or from a technician's row. */
export type PlanItem = {
  card: Pick<BoardCard, "id" | "number" | "version" | "subject" | "customer" | "plannedStart" | "plannedEnd">;
  fromUserId: string | null;
};

/** Where and when it goes; `minutes` undefined keeps the record's length (or an hour). */
export type PlanTarget = { userId: string; name: string; startsAt: string; minutes?: number };
