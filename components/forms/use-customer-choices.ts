"use client";

import { useRef, useState } from "react";
import type { ActionResult } from "@/lib/actions/types";

/**
 * Options that belong to the customer chosen on a form (its contracts, its plans). The page
 * renders them for the customer the form opened with; choosing another asks `load` (a guarded
 * server action) for that customer's. An answer for a customer no longer chosen is dropped, so a
 * quick second choice never shows the first one's options.
 */
export function useCustomerChoices<T>(
  initial: { customerId: string | null; options: T[] },
  load: (customerId: string) => Promise<ActionResult<T[]>>,
): [T[], (customerId: string | null) => Promise<void>] {
  const [state, setState] = useState<{ customerId: string | null; options: T[] }>(initial);
  const chosen = useRef(initial.customerId);
  async function choose(customerId: string | null) {
    chosen.current = customerId;
    if (!customerId) return setState({ customerId, options: [] });
    if (customerId === initial.customerId) return setState(initial);
    setState({ customerId, options: [] });
    const result = await load(customerId);
    if (chosen.current === customerId) setState({ customerId, options: result.ok ? result.data : [] });
  }
  return [state.options, choose];
}
