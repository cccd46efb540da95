import { expect } from 'vitest';
import { diffJourneyModels, type WorkspaceDiff } from '../../language/diff/index.js';
import type { JourneyModel } from '../../language/model/journey-model.js';
import { modelOf } from '../helpers/workspace.js';

export interface Compared {
    before: JourneyModel;
    after: JourneyModel;
    diff: WorkspaceDiff;
}

/** The diff of two versions (each a text or files), each loaded as its own workspace. */
export async function compare(before: Record<string, string> | string, after: Record<string, string> | string): Promise<Compared> {
    const [a, b] = [await modelOf(before, 'syntax errors'), await modelOf(after, 'syntax errors')];
    return { before: a, after: b, diff: diffJourneyModels(a, b) };
}

export const PERSONAS = `persona lan "Lan Nguyen"
persona minh "Minh Tran"
`;

/** The reference's gift journey (section 4), shortened: the "before" of most tests. */
export const GIFT = `journey gift_purchase "Buying a birthday gift online" {
  type current
  persona lan
  model ACC

  stage awareness "Awareness" {
    touchpoint see_ad "Sees a gift ad while scrolling" {
      channel social
      action "Scrolls Instagram at breakfast"
      emotion 4 curious
    }
  }

  stage consideration "Consideration" {
    touchpoint compare "Compares three gifts" {
      channel web
      action "Opens three product pages in tabs"
      emotion 3
      pain no_price "Shipping cost is not shown on the product page"
    }
  }

  stage conversion "Conversion" {
    touchpoint checkout "Checks out" {
      channel web
      action "Enters card details"
      thought "Why is it more expensive now?"
      emotion 4
      metric drop_off 38%
    }
    touchpoint pay "Pays" {
      channel web
      emotion 3
    }
  }

  opportunity show_price "Show the price with shipping" {
    fixes no_price
    owner "E-commerce team"
    impact high
  }
}
`;

/** GIFT with one edit: `edit(GIFT)`; the text must contain `from`. */
export function edit(text: string, ...replacements: Array<[string, string]>): string {
    let result = text;
    for (const [from, to] of replacements) {
        expect(result, `the text to replace: ${from}`).toContain(from);
        result = result.replace(from, to);
    }
    return result;
}

/** The example: checkout feels worse, a new pain point, a new opportunity that fixes it. */
export const SURPRISE_FEE: Array<[string, string]> = [
    ['emotion 4\n      metric drop_off 38%', 'emotion 2 anxious\n      pain surprise_fee "A shipping fee appears only at the last step" severity high\n      metric drop_off 45%'],
    ['  opportunity show_price', '  opportunity show_shipping "Show a shipping estimate" {\n    fixes surprise_fee\n  }\n\n  opportunity show_price']
];
