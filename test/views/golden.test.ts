import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JourneyModel } from '../../language/model/journey-model.js';
import { renderView, viewsFor } from '../../language/views/index.js';
import { renderMarkdown } from '../../language/views/markdown-document.js';
import { exampleFiles } from '../helpers/reference.js';
import { parseMermaid } from '../helpers/mermaid.js';
import { modelOf } from '../helpers/workspace.js';

/**
 * Golden files: the views of a few maps as committed text, so that any change of the output shows
 * up in review. `UPDATE_GOLDEN=1 npx vitest run test/views/golden.test.ts` rewrites them.
 */

const GOLDEN = join('test', 'views', 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

function compare(name: string, actual: string): void {
    const path = join(GOLDEN, name);
    if (update || !existsSync(path)) {
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(path, actual, 'utf8');
        if (!update) {
            throw new Error(`golden file ${path} was missing: written; check it and run again`);
        }
        return;
    }
    expect(actual, `${path} differs (UPDATE_GOLDEN=1 rewrites it)`).toBe(readFileSync(path, 'utf8'));
}

/** A small service blueprint written for the golden files. */
const BLUEPRINT = `persona khach "Khách hàng" {
  description "Gọi tổng đài khi mất mạng"
}

journey hotline "Báo mất mạng qua tổng đài" {
  type blueprint
  persona khach

  stage report "Báo sự cố" {
    touchpoint call "Gọi tổng đài 1800" {
      channel phone
      action "Bấm phím 1, rồi phím 3"
      emotion 2 impatient
      pain long_menu "Menu thoại quá dài" severity medium
      frontstage "Lời chào tự động: \\"Xin chào quý khách\\""
      backstage "Tổng đài xếp hàng cuộc gọi"
      support "Hệ thống IVR"
      evidence "Tin nhắn SMS mã sự cố #123"
    }
  }

  stage fix "Khắc phục" {
    touchpoint visit "Kỹ thuật viên đến nhà" {
      channel other
      emotion 4 relieved
      frontstage "Kỹ thuật viên mặc đồng phục"
      backstage "Điều phối lịch hẹn"
    }
  }

  opportunity short_menu "Rút gọn menu thoại còn 2 bước" {
    fixes long_menu
    impact high
  }
}
`;

async function goldenViews(model: JourneyModel, journeyName: string, prefix: string): Promise<void> {
    const journey = model.journeys.find(candidate => candidate.name === journeyName)!;
    for (const view of viewsFor(journey)) {
        const text = renderView(model, journeyName, view);
        await parseMermaid(text);
        compare(`${prefix}.${view}.mmd`, text);
    }
}

describe('golden files', () => {
    it('the Vietnamese future gift map (map, journey, emotion, compare) and its Markdown document', async () => {
        const model = await modelOf(exampleFiles());
        await goldenViews(model, 'mua_quà_sinh_nhật_tương_lai', 'gift-purchase-future');
        const journey = model.journeys.find(candidate => candidate.name === 'mua_quà_sinh_nhật_tương_lai')!;
        compare('gift-purchase-future.md', renderMarkdown(model, [{ journey, views: viewsFor(journey) }]));
    });

    it('the airline day in the life (map, journey, emotion, day)', async () => {
        await goldenViews(await modelOf(exampleFiles()), 'traveller_day', 'airline-day');
    });

    it('a small Vietnamese service blueprint (map, journey, emotion)', async () => {
        await goldenViews(await modelOf({ 'hotline.journey': BLUEPRINT }), 'hotline', 'hotline-blueprint');
    });
});
