/**
 * @module translate/_cache
 * The bounded LRU of translations (architecture.md: "keyed by SQL text plus the context fields
 * that the translation read"). Each entry records the dependencies its translation read; a lookup
 * hits only when every dependency reads the same in the current context.
 */
import type { TranslateContext } from './context.ts';
import type { Plan } from './plan.ts';
import { type Dep, readDep } from './_state.ts';

interface Entry {
  deps: Dep[];
  plan: Plan;
}

export class TranslationCache {
  private readonly map = new Map<string, Entry[]>();
  private readonly max: number;
  private readonly perText = 4;

  constructor(max = 512) {
    this.max = max;
  }

  get(text: string, ctx: TranslateContext): Plan | undefined {
    const entries = this.map.get(text);
    if (!entries) return undefined;
    for (const e of entries) {
      let ok = true;
      for (const d of e.deps) {
        if (readDep(ctx, d.k) !== d.v) {
          ok = false;
          break;
        }
      }
      if (ok) {
        this.map.delete(text);
        this.map.set(text, entries);
        return e.plan;
      }
    }
    return undefined;
  }

  set(text: string, deps: Dep[], plan: Plan): void {
    const entries = this.map.get(text) ?? [];
    entries.unshift({ deps, plan });
    if (entries.length > this.perText) entries.length = this.perText;
    this.map.delete(text);
    this.map.set(text, entries);
    while (this.map.size > this.max) {
      const oldest = this.map.keys().next().value as string;
      this.map.delete(oldest);
    }
  }

  clear(): void {
    this.map.clear();
  }

  get size(): number {
    return this.map.size;
  }
}
