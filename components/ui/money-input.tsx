"use client";

import { useLocale } from "next-intl";
import { type InputHTMLAttributes, type Ref, useCallback, useId, useMemo, useRef } from "react";
import { moneyFormat } from "@/lib/money/format-input";
import { cn } from "./cn";
import { Input } from "./input";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "inputMode"> & {
  /** The org's currency (ISO code). */
  currency: string;
  ref?: Ref<HTMLInputElement>;
};

/**
 * Every money field (fee, price): the amount as the app prints it elsewhere — "1.500,00" beside
 * "₺" for a Turkish org — formatted when shown and again when the user leaves the field. Works
 * with react-hook-form's `register`; the shared `optionalMoney` schema parses whatever it holds.
 */
export function MoneyInput({ currency, className, ref, onBlur, onChange, "aria-describedby": describedBy, ...props }: Props) {
  const locale = useLocale();
  const format = useMemo(() => moneyFormat(locale, currency), [locale, currency]);
  const symbolId = useId();

  // The form sets the stored amount ("1500.00") when it registers the field; show it formatted.
  // Only the text shown changes: it parses to the same amount, so the form need not hear of it.
  // Once per element: the form's ref changes every render, and reformatting mid-typing would
  // move the caret.
  const attached = useRef<HTMLInputElement | null>(null);
  const setRef = useCallback(
    (el: HTMLInputElement | null) => {
      if (typeof ref === "function") ref(el);
      else if (ref) ref.current = el;
      if (el && attached.current !== el) {
        attached.current = el;
        el.value = format.display(el.value);
      }
    },
    [ref, format],
  );

  const symbol = (
    <span id={symbolId} className="shrink-0 text-sm text-zinc-500 dark:text-zinc-400">
      {format.symbol}
    </span>
  );
  return (
    <span className="flex items-center gap-2">
      {format.symbolFirst && symbol}
      <Input
        {...props}
        ref={setRef}
        inputMode="decimal"
        autoComplete="off"
        aria-describedby={[describedBy, symbolId].filter(Boolean).join(" ")}
        className={cn("tabular-nums", className)}
        onChange={onChange}
        onBlur={(event) => {
          const shown = format.display(event.target.value);
          if (shown !== event.target.value) {
            event.target.value = shown;
            onChange?.(event);
          }
          onBlur?.(event);
        }}
      />
      {!format.symbolFirst && symbol}
    </span>
  );
}
