/**
 * Synthetic workspaces for the benchmark: a company's journeys as a BA team writes them, with a
 * fixed seed, so every run and every machine measures the same text.
 *
 * A workspace of N touchpoints holds a shared persona file, a shared channel file and N / 50
 * journey files (one journey each, 30 to 70 touchpoints, 50 on average): 10,000 touchpoints make
 * 202 files, the shape the stock prototype was measured on. Every line kind of the language occurs
 * (current, future, blueprint and day-in-the-life maps; models; `improves`; touchpoint personas;
 * pains with severities; metrics with and without `%`; lanes; times; opportunities; comments),
 * names and labels are largely Vietnamese, and personas and channels are shared by all journeys.
 *
 * Each file comes with the same content as JSON (`json`): the floor the benchmark compares with.
 */
import { seededRandom } from '../test/helpers/seeded-random.js';

export interface BenchFile {
    /** File name (relative path). */
    name: string;
    text: string;
    /** The same content as JSON. */
    json: string;
    /** Touchpoints in this file. */
    touchpoints: number;
}

export interface BenchWorkspace {
    touchpoints: number;
    files: BenchFile[];
    personaFile: string;
    channelFile: string;
    /** The journey file with the most touchpoints (completion and hover run at its end). */
    largestFile: string;
    personas: string[];
}


export const DEFAULT_SEED = 20_260_401;

const SUBJECTS = ['Khách', 'Chị Lan', 'Anh Minh', 'Bác Hùng', 'Cô Hoa', 'Em An', 'Người dùng', 'Chủ quán'];
const VERBS = ['mở ứng dụng', 'xem giá', 'so sánh', 'đọc đánh giá', 'gọi tổng đài', 'nhắn Zalo', 'đặt hàng', 'thanh toán',
    'chờ giao hàng', 'nhận hàng', 'đổi trả', 'viết đánh giá', 'đăng ký', 'đăng nhập', 'điền biểu mẫu', 'xếp hàng', 'hỏi nhân viên'];
const OBJECTS = ['hộp quà trà sen', 'gói cước internet', 'tài khoản ngân hàng', 'vé máy bay', 'khoá học tiếng Anh', 'thẻ thành viên',
    'đơn hàng', 'phiếu giảm giá', 'lịch hẹn', 'hợp đồng', 'ca làm việc', 'ly cà phê sữa đá'];
const PLACES = ['trên điện thoại', 'ở cửa hàng', 'trên website', 'qua email', 'giờ nghỉ trưa', 'buổi tối', 'ở sân bay', 'tại quầy'];
const THOUGHTS = ['Sao lâu thế nhỉ?', 'Cái này hợp với mẹ', 'Phí ship bao nhiêu vậy?', 'Mong là không phải gõ lại từ đầu',
    'Dễ hơn mình nghĩ', 'Có ai trả lời không?', 'Giá này là đã gồm thuế chưa?', 'Lần sau sẽ mua tiếp ở đây', 'Hơi rối một chút'];
const PAINS = ['Không thấy phí ship trước khi thanh toán', 'Chờ tư vấn hơn hai tiếng', 'Biểu mẫu dài, báo lỗi muộn', 'Mã giảm giá không áp dụng được',
    'Phải đăng nhập lại nhiều lần', 'Thông báo đổi cổng quá muộn', 'Tổng đài bắt bấm phím vòng vòng', 'Hàng giao trễ một ngày'];
const OPPORTUNITIES = ['Hiện phí ship trên mọi trang sản phẩm', 'Trả lời Zalo trong năm phút', 'Gợi ý địa chỉ khi gõ', 'Đăng nhập bằng vân tay',
    'Gửi thông báo đẩy khi đổi cổng', 'Cho gặp nhân viên ngay từ phím 0', 'Theo dõi đơn hàng theo thời gian thực'];
const OWNERS = ['Nhóm thương mại điện tử', 'Trung tâm chăm sóc khách hàng', 'Nhóm sản phẩm di động', 'Phòng vận hành', 'Nhóm dữ liệu'];
const LANES = ['Trang thanh toán hiện tổng tiền', 'Nhân viên quầy kiểm tra giấy tờ', 'Hệ thống tính phí vận chuyển', 'Cổng thanh toán',
    'Kho xuất hàng trong ngày', 'CRM ghi lại cuộc gọi', 'Ảnh chụp màn hình khách gửi'];
const STAGE_WORDS = ['nhận_biết', 'tìm_hiểu', 'cân_nhắc', 'quyết_định', 'mua_hàng', 'sử_dụng', 'hỗ_trợ', 'gắn_bó', 'giới_thiệu', 'buổi_sáng', 'buổi_chiều'];
const STAGE_LABELS = ['Nhận biết', 'Tìm hiểu', 'Cân nhắc', 'Quyết định', 'Mua hàng', 'Sử dụng', 'Hỗ trợ', 'Gắn bó', 'Giới thiệu', 'Buổi sáng', 'Buổi chiều'];
const TOUCH_WORDS = ['xem', 'hỏi', 'đặt', 'trả', 'nhận', 'gọi', 'đọc', 'chờ', 'mở', 'đổi', 'viết', 'check_in', 'login', 'compare', 'browse'];
const MOODS: Record<number, string[]> = {
    1: ['frustrated', 'angry'], 2: ['anxious', 'impatient', 'confused', 'disappointed', 'bored'], 3: ['neutral', 'unsure'],
    4: ['curious', 'hopeful', 'relieved', 'satisfied'], 5: ['happy', 'delighted', 'excited']
};
const MODELS: Record<string, string[]> = {
    AIDA: ['awareness', 'interest', 'desire', 'action'],
    ACC: ['awareness', 'consideration', 'conversion'],
    ACCSR: ['awareness', 'consideration', 'conversion', 'service', 'retention'],
    ACPRA: ['awareness', 'consideration', 'purchase', 'retention', 'advocacy'],
    ACCRA: ['awareness', 'consideration', 'conversion', 'retention', 'advocacy']
};
const DOMAINS = ['mua_quà', 'mở_tài_khoản', 'đặt_vé', 'internet_gia_đình', 'cà_phê', 'học_tiếng_anh', 'dùng_thử_saas', 'bảo_hiểm', 'giao_đồ_ăn', 'khám_bệnh'];
const PERSONA_NAMES = ['chị_Lan', 'minh', 'an', 'bác_Hùng', 'thao', 'duc', 'hoa', 'cô_Mai', 'anh_Tuấn', 'bà_Năm', 'khoa', 'linh', 'quân', 'vy', 'phúc', 'trang'];
const CHANNELS: Array<[string, string, string]> = [
    ['zalo', 'Zalo OA', 'chat'], ['facebook', 'Facebook', 'social'], ['tiktok', 'TikTok', 'social'], ['shop_app', 'App Quà Xinh', 'mobile'],
    ['shop_web', 'Website quaxinh.vn', 'web'], ['email_quà_xinh', 'Email của Quà Xinh', 'email'], ['truyền_miệng', 'Bạn bè kể', 'word-of-mouth'],
    ['đánh_giá_khách', 'Đánh giá của khách', 'review'], ['hotline', 'Tổng đài 1800 1090', 'phone'], ['chi_nhánh', 'Chi nhánh ngân hàng', 'store'],
    ['sân_bay', 'Nhà ga sân bay', 'other'], ['web', 'Website chính thức', 'web']
];
const BUILTIN = ['web', 'mobile', 'social', 'email', 'chat', 'phone', 'store', 'ads', 'event', 'review', 'word-of-mouth', 'other'];

/* The content, as data: rendered to `.journey` text and to JSON from the same objects. */
interface PersonaData { name: string; label: string; description: string; goals: string[]; needs: string[]; frustrations: string[]; quotes: string[] }
interface ChannelData { name: string; label: string; kind: string }
interface PainData { name: string; label: string; severity?: string }
interface TouchpointData {
    name: string; label: string; channel: string; personas?: string[]; actions: string[]; thoughts: string[];
    emotion?: { score?: number; mood?: string }; pains: PainData[]; barriers: string[];
    metrics: Array<{ name: string; value: string; percent: boolean }>;
    frontstage: string[]; backstage: string[]; support: string[]; evidence: string[]; time?: string; comment?: string;
}
interface StageData { name: string; label: string; touchpoints: TouchpointData[] }
interface OpportunityData { name: string; label: string; fixes: string[]; owner?: string; impact?: string; resources: string[] }
interface JourneyData {
    name: string; label: string; type: string; personas: string[]; model?: string; goals: string[]; research: string[];
    improves?: string; stages: StageData[]; opportunities: OpportunityData[];
}

/** Builds the workspace of `touchpoints` touchpoints (a multiple of 2 is kept exact). */
export function generateWorkspace(touchpoints: number, seed = DEFAULT_SEED): BenchWorkspace {
    const rnd = seededRandom(seed);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)];
    const chance = (p: number) => rnd() < p;
    const sentence = () => `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(PLACES)}`;

    const personaCount = Math.min(PERSONA_NAMES.length, Math.max(4, Math.round(touchpoints / 800)));
    const personas: PersonaData[] = PERSONA_NAMES.slice(0, personaCount).map((name, i) => ({
        name,
        label: `${pick(SUBJECTS)} ${i + 1}, ${pick(['nhân viên văn phòng', 'sinh viên', 'giám đốc vận hành', 'giáo viên về hưu', 'chủ cửa hàng'])}`,
        description: `${20 + Math.floor(rnd() * 45)} tuổi, sống ở ${pick(['Hà Nội', 'Đà Nẵng', 'TP.HCM', 'Huế', 'Cần Thơ'])}, ${sentence()}`,
        goals: [sentence(), sentence()],
        needs: [`Muốn ${pick(VERBS)} nhanh`, `Cần biết giá ${pick(OBJECTS)} trước`],
        frustrations: [pick(PAINS)],
        quotes: [pick(THOUGHTS)]
    }));
    const channels: ChannelData[] = CHANNELS.map(([name, label, kind]) => ({ name, label, kind }));
    const channelNames = [...channels.map(channel => channel.name), ...BUILTIN];

    // Journey sizes in pairs (50 - d, 50 + d): 50 touchpoints a journey on average, the total exact.
    const sizes: number[] = [];
    for (let left = touchpoints; left > 0;) {
        if (left < 100) {
            sizes.push(...(left > 50 ? [Math.ceil(left / 2), Math.floor(left / 2)] : [left]));
            break;
        }
        const d = Math.floor(rnd() * 21);
        sizes.push(50 - d, 50 + d);
        left -= 100;
    }

    const journeys: JourneyData[] = [];
    const currentJourneys: string[] = [];
    sizes.forEach((size, index) => {
        const roll = rnd();
        const type = index === 0 ? 'current' : roll < 0.55 ? 'current' : roll < 0.7 ? 'future' : roll < 0.85 ? 'blueprint' : 'day-in-the-life';
        const name = `${DOMAINS[index % DOMAINS.length]}_${index + 1}`;
        const journeyPersonas = chance(0.3) ? [pick(personas).name, pick(personas).name].filter((p, i, all) => all.indexOf(p) === i) : [pick(personas).name];
        const useModel = type !== 'day-in-the-life' && chance(0.5);
        const model = useModel ? pick(Object.keys(MODELS)) : undefined;
        const stageCount = model ? MODELS[model].length : Math.max(2, Math.ceil(size / 6));
        const stages: StageData[] = [];
        let painCount = 0;
        const pains: string[] = [];
        let minute = 6 * 60 + 30;
        for (let s = 0; s < stageCount; s++) {
            const from = Math.floor((s * size) / stageCount);
            const to = Math.floor(((s + 1) * size) / stageCount);
            const stageName = model ? MODELS[model][s] : `${STAGE_WORDS[s % STAGE_WORDS.length]}_${s + 1}`;
            const stageLabel = model ? `${STAGE_LABELS[s % STAGE_LABELS.length]}` : `${STAGE_LABELS[s % STAGE_LABELS.length]} (${s + 1})`;
            const tps: TouchpointData[] = [];
            for (let t = from; t < to; t++) {
                const score = 1 + Math.floor(rnd() * 5);
                const emotionForm = rnd();
                const emotion = emotionForm < 0.1 ? undefined : emotionForm < 0.2 ? { mood: pick(MOODS[score]) }
                    : emotionForm < 0.5 ? { score } : { score, mood: pick(MOODS[score]) };
                const effective = emotion?.score ?? (emotion?.mood ? score : 3);
                const tpPains: PainData[] = [];
                if (effective <= 2 || chance(0.12)) {
                    const painName = `${pick(['chờ', 'phí', 'lỗi', 'rối', 'trễ', 'mất'])}_${++painCount}`;
                    tpPains.push({ name: painName, label: pick(PAINS), ...(chance(0.7) ? { severity: pick(['low', 'medium', 'high']) } : {}) });
                    pains.push(painName);
                }
                const lanes = type === 'blueprint';
                minute += 10 + Math.floor(rnd() * 40);
                tps.push({
                    name: `${pick(TOUCH_WORDS)}_${t + 1}`,
                    label: `${pick(VERBS)} ${pick(OBJECTS)}`.replace(/^./, c => c.toUpperCase()),
                    channel: pick(channelNames),
                    ...(journeyPersonas.length > 1 && chance(0.3) ? { personas: [journeyPersonas[t % journeyPersonas.length]] } : {}),
                    actions: chance(0.3) ? [sentence(), sentence()] : [sentence()],
                    thoughts: chance(0.6) ? [pick(THOUGHTS)] : [],
                    ...(emotion ? { emotion } : {}),
                    pains: tpPains,
                    barriers: chance(0.08) ? [pick(['Giá', 'Thời gian', 'Thiếu thông tin', 'Sợ rủi ro'])] : [],
                    metrics: chance(0.2) ? [{ name: pick(['lượt_xem', 'drop_off', 'tỉ_lệ_nhấp', 'visits', 'thời_gian_phút']), value: String(Math.floor(rnd() * 1000) / 10), percent: chance(0.5) }] : [],
                    frontstage: lanes || chance(0.05) ? [pick(LANES)] : [],
                    backstage: lanes ? [pick(LANES)] : [],
                    support: lanes && chance(0.5) ? [pick(LANES)] : [],
                    evidence: lanes && chance(0.2) ? [pick(LANES)] : [],
                    ...(type === 'day-in-the-life' ? { time: `${String(Math.floor(minute / 60) % 24).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}` } : {}),
                    ...(chance(0.05) ? { comment: `Ghi chú: gặp trong ${1 + Math.floor(rnd() * 12)} trên 12 buổi phỏng vấn` } : {})
                });
            }
            stages.push({ name: stageName, label: stageLabel, touchpoints: tps });
        }
        // Opportunities fix most pains, one to three each; about one pain in ten stays open (JM008).
        const opportunities: OpportunityData[] = [];
        const open = pains.filter(() => !chance(0.1));
        for (let i = 0; i < open.length;) {
            const n = 1 + Math.floor(rnd() * 3);
            opportunities.push({
                name: `cơ_hội_${opportunities.length + 1}`,
                label: pick(OPPORTUNITIES),
                fixes: open.slice(i, i + n),
                ...(chance(0.8) ? { owner: pick(OWNERS) } : {}),
                ...(chance(0.8) ? { impact: pick(['low', 'medium', 'high']) } : {}),
                resources: chance(0.4) ? [`${1 + Math.floor(rnd() * 5)} kỹ sư, ${1 + Math.floor(rnd() * 8)} tuần`] : []
            });
            i += n;
        }
        const improves = type === 'future' && currentJourneys.length > 0 ? pick(currentJourneys) : undefined;
        journeys.push({
            name,
            label: `${pick(VERBS)} ${pick(OBJECTS)} (${type === 'future' ? 'tương lai' : type === 'blueprint' ? 'blueprint' : 'hiện tại'})`.replace(/^./, c => c.toUpperCase()),
            type: type === 'future' && !improves ? 'current' : type,
            personas: journeyPersonas,
            ...(model ? { model } : {}),
            goals: [`Tăng tỉ lệ hoàn tất từ ${50 + Math.floor(rnd() * 20)}% lên ${70 + Math.floor(rnd() * 20)}%`],
            research: chance(0.7) ? [`Khảo sát tháng ${1 + Math.floor(rnd() * 12)}/2026, n=${100 + Math.floor(rnd() * 900)}`] : [],
            ...(improves ? { improves } : {}),
            stages,
            opportunities
        });
        if (type === 'current' || (type === 'future' && !improves)) {
            currentJourneys.push(name);
        }
    });

    const files: BenchFile[] = [
        { name: 'personas.journey', text: personasText(personas), json: JSON.stringify({ personas }), touchpoints: 0 },
        { name: 'channels.journey', text: channelsText(channels), json: JSON.stringify({ channels }), touchpoints: 0 },
        ...journeys.map((journey, i) => ({
            name: `maps/${String(i + 1).padStart(3, '0')}-${journey.name}.journey`,
            text: journeyText(journey),
            json: JSON.stringify({ journeys: [journey] }),
            touchpoints: journey.stages.reduce((sum, stage) => sum + stage.touchpoints.length, 0)
        }))
    ];
    const largest = files.reduce((best, file) => file.touchpoints > best.touchpoints ? file : best, files[2] ?? files[0]);
    return { touchpoints, files, personaFile: 'personas.journey', channelFile: 'channels.journey', largestFile: largest.name, personas: personas.map(p => p.name) };
}

function q(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function personasText(personas: PersonaData[]): string {
    const blocks = personas.map(p => [
        `persona ${p.name} ${q(p.label)} {`,
        `  description ${q(p.description)}`,
        ...p.goals.map(g => `  goal ${q(g)}`),
        ...p.needs.map(n => `  need ${q(n)}`),
        ...p.frustrations.map(f => `  frustration ${q(f)}`),
        ...p.quotes.map(x => `  quote ${q(x)}`),
        '}'
    ].join('\n'));
    return `// Chân dung khách hàng dùng chung cho mọi bản đồ.\n\n${blocks.join('\n\n')}\n`;
}

function channelsText(channels: ChannelData[]): string {
    return `/* Kênh dùng chung; \`web\` thay kênh có sẵn. */\n\n${channels.map(c => `channel ${c.name} ${q(c.label)} ${c.kind}`).join('\n\n')}\n`;
}

function journeyText(j: JourneyData): string {
    const out: string[] = [`// Bản đồ ${j.label}`, `journey ${j.name} ${q(j.label)} {`, `  type ${j.type}`, `  persona ${j.personas.join(', ')}`];
    if (j.model) out.push(`  model ${j.model}`);
    j.goals.forEach(g => out.push(`  goal ${q(g)}`));
    j.research.forEach(r => out.push(`  research ${q(r)}`));
    if (j.improves) out.push(`  improves ${j.improves}`);
    for (const stage of j.stages) {
        out.push('', `  stage ${stage.name} ${q(stage.label)} {`);
        for (const t of stage.touchpoints) {
            if (t.comment) out.push(`    // ${t.comment}`);
            out.push(`    touchpoint ${t.name} ${q(t.label)} {`, `      channel ${t.channel}`);
            if (t.personas) out.push(`      persona ${t.personas.join(', ')}`);
            if (t.time) out.push(`      time ${q(t.time)}`);
            t.actions.forEach(a => out.push(`      action ${q(a)}`));
            t.thoughts.forEach(x => out.push(`      thought ${q(x)}`));
            if (t.emotion) out.push(`      emotion ${[t.emotion.score, t.emotion.mood].filter(v => v !== undefined).join(' ')}`);
            t.pains.forEach(p => out.push(`      pain ${p.name} ${q(p.label)}${p.severity ? ` severity ${p.severity}` : ''}`));
            t.barriers.forEach(b => out.push(`      barrier ${q(b)}`));
            t.metrics.forEach(m => out.push(`      metric ${m.name} ${m.value}${m.percent ? '%' : ''}`));
            t.frontstage.forEach(x => out.push(`      frontstage ${q(x)}`));
            t.backstage.forEach(x => out.push(`      backstage ${q(x)}`));
            t.support.forEach(x => out.push(`      support ${q(x)}`));
            t.evidence.forEach(x => out.push(`      evidence ${q(x)}`));
            out.push('    }');
        }
        out.push('  }');
    }
    for (const o of j.opportunities) {
        out.push('', `  opportunity ${o.name} ${q(o.label)} {`);
        if (o.fixes.length) out.push(`    fixes ${o.fixes.join(', ')}`);
        if (o.owner) out.push(`    owner ${q(o.owner)}`);
        if (o.impact) out.push(`    impact ${o.impact}`);
        o.resources.forEach(r => out.push(`    resource ${q(r)}`));
        out.push('  }');
    }
    out.push('}');
    return out.join('\n') + '\n';
}
