"use client";

import { useEffect, useSyncExternalStore } from "react";
import type { CustomerOption } from "@/components/customers/customer-combobox";

// The customer whose page is open, for the quick-create dialog mounted once in the shell: the
// customer page names it here (no second lookup), and leaving the page clears it.

let current: CustomerOption | null = null;
const listeners = new Set<() => void>();

function set(value: CustomerOption | null) {
  current = value;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePageCustomer() {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => null,
  );
}

/** Rendered by the customer page: while it is open, a new task defaults to this customer. */
export function QuickCreateCustomer({ customer }: { customer: CustomerOption }) {
  const { id, name } = customer;
  useEffect(() => {
    set({ id, name });
    return () => set(null);
  }, [id, name]);
  return null;
}
