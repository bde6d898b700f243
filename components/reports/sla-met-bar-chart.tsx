"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type SlaMetBar = { label: string; firstResponse: number | null; resolution: number | null };

/**
 * % met per group, first response and resolution side by side on a 0–100 axis. recharts is
 * heavy, so only SlaMetChart loads this module, on the page that shows it.
 */
export default function SlaMetBarChart({ data, names }: { data: SlaMetBar[]; names: { firstResponse: string; resolution: string } }) {
  return (
    <ResponsiveContainer width="100%" height={240}>
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 4, left: -16 }}>
        <CartesianGrid vertical={false} strokeOpacity={0.3} />
        <XAxis dataKey="label" fontSize={12} tickLine={false} interval="preserveStartEnd" />
        <YAxis domain={[0, 100]} tickFormatter={(v: number) => `${v}%`} fontSize={12} />
        <Tooltip cursor={{ fillOpacity: 0.08 }} formatter={(value) => (value === null || value === undefined ? "–" : `${String(value)}%`)} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar dataKey="firstResponse" name={names.firstResponse} fill="var(--color-accent-600)" radius={[3, 3, 0, 0]} isAnimationActive={false} />
        <Bar dataKey="resolution" name={names.resolution} fill="var(--color-zinc-400)" radius={[3, 3, 0, 0]} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
