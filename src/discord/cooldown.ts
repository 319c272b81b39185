/**
 * Per-user cooldown: at most `max` questions within any `seconds` window (a sliding window, so a
 * short burst is fine and a flood is not). Pure apart from its own map; the clock is injected.
 */
export interface CooldownOptions {
  seconds: number;
  max: number;
  now?: () => number;
}

export interface Cooldown {
  /** 0 when the user may go ahead (and it counts), else the seconds to wait. */
  take(userId: string): number;
}

export function createCooldown({ seconds, max, now = Date.now }: CooldownOptions): Cooldown {
  const windowMs = seconds * 1000;
  const recent = new Map<string, number[]>();
  let lastSweep = now();
  return {
    take(userId) {
      if (windowMs <= 0) return 0;
      const t = now();
      // Forget users who have been quiet for a whole window, so the map does not grow forever.
      if (t - lastSweep > windowMs) {
        for (const [id, times] of recent) if ((times.at(-1) ?? 0) <= t - windowMs) recent.delete(id);
        lastSweep = t;
      }
      const times = (recent.get(userId) ?? []).filter((x) => x > t - windowMs);
      if (times.length >= max) {
        recent.set(userId, times);
        const oldest = times[0] ?? t;
        return Math.max(1, Math.ceil((oldest + windowMs - t) / 1000));
      }
      times.push(t);
      recent.set(userId, times);
      return 0;
    },
  };
}
