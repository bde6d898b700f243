"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDuration } from "@/lib/time-entries/format";

export type DurationBar = { label: string; seconds: number };

const ROW_HEIGHT = 36;

/**
 * Horizontal bars of time, longest first as the report sorts them. The axis counts hours (a
 * readable scale); the tooltip gives the exact h:mm:ss. recharts is heavy, so this module is only
 * loaded by DurationChart on the pages that show a chart.
 */
export default function DurationBarChart({ data }: { data: DurationBar[] }) {
  const rows = data.map((d) => ({ ...d, hours: d.seconds / 3600 }));
  return (
    <ResponsiveContainer width="100%" height={Math.max(rows.length * ROW_HEIGHT + 40, 120)}>
      <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
        <CartesianGrid horizontal={false} strokeOpacity={0.3} />
        <XAxis type="number" dataKey="hours" tickFormatter={(h: number) => `${Math.round(h * 10) / 10} h`} fontSize={12} />
        <YAxis type="category" dataKey="label" width={130} fontSize={12} tickLine={false} />
        <Tooltip
          cursor={{ fillOpacity: 0.08 }}
          formatter={(_value, _name, item) => [formatDuration((item.payload as DurationBar).seconds), ""]}
          separator=""
        />
        <Bar dataKey="hours" fill="var(--color-accent-600)" radius={[0, 3, 3, 0]} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
