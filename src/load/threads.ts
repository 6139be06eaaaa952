// EBZ_THREADS, read once and held to what the machine can use: 1 … (cores × 2).
import { availableParallelism } from 'node:os';

export interface ThreadSetting {
  /** The reader threads asked for, within bounds; null when EBZ_THREADS is not set. */
  threads: number | null;
  /** The value as given, when it was outside 1 … max (or not a number) and was clamped. */
  clamped: string | null;
  max: number;
}

export function threadSetting(env: NodeJS.ProcessEnv = process.env, cores: number = availableParallelism()): ThreadSetting {
  const max = Math.max(1, cores) * 2;
  const setting = env.EBZ_THREADS;
  if (setting === undefined || setting.trim() === '') return { threads: null, clamped: null, max };
  const value = Number(setting);
  if (Number.isInteger(value) && value >= 1 && value <= max) return { threads: value, clamped: null, max };
  const threads = Number.isNaN(value) ? 1 : Math.min(max, Math.max(1, Math.floor(value)));
  return { threads, clamped: setting, max };
}
