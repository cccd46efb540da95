import type { ChannelKind } from '../generated/ast.js';
import { DEFAULT_LANGUAGE, type Language } from '../locale.js';
import { VIEW_TITLES } from '../../protocol/views.js';
import type { Level, MapType } from '../model/journey-model.js';

/**
 * The fixed words of a map's drawings, one table per language: the views' lanes, titles and
 * descriptions, the Markdown document, the built-in channels, and the diff. A map is drawn in its
 * own language (`language vi`), else in the reader's (mapLanguage). test/views/map-words.test.ts
 * checks that both tables have every key.
 */
export interface MapWords {
    language: Language;
    /** The decimal mark of the numbers we write (an average emotion: `3.1`, `3,1`). */
    decimalMark: string;
    /** `a`, `a and b`, `a, b and c`. */
    and: string;
    none: string;
    /** Nouns that are counted: the singular and the plural. */
    nouns: Readonly<Record<Noun, readonly [string, string]>>;
    mapTypes: Readonly<Record<MapType, string>>;
    levels: Readonly<Record<Level, string>>;
    channels: Readonly<Record<ChannelKind, string>>;
    views: Readonly<Record<'map' | 'journey' | 'emotion' | 'day' | 'compare', string>>;
    lanes: {
        touchpoints: string;
        emotion: string;
        thoughts: string;
        actions: string;
        customerActions: string;
        frontstage: string;
        lineOfVisibility: string;
        backstage: string;
        support: string;
        evidence: string;
        pains: string;
        barriers: string;
        metrics: string;
        opportunities: string;
        otherOpportunities: string;
        /** `(impact high)` after an opportunity. */
        impact: (level: string) => string;
    };
    /** The journey and compare views' descriptions. */
    journeyView: {
        accTitle: (title: string) => string;
        /** "A current-state map following Lan:". */
        following: (mapType: string, personas: string) => string;
        noPersona: string;
        scale: string;
        unscored: (touchpoints: string) => string;
        noEmotion: string;
    };
    compareView: {
        new: string;
        before: string;
        after: string;
        removed: string;
        removedSection: string;
        accTitle: (future: string, current: string) => string;
        accDescr: (kept: string, better: number, added: number, removed: number) => string;
    };
    emotionView: {
        title: (title: string) => string;
        accTitle: (title: string) => string;
        accDescr: (touchpoints: string) => string;
        linePerPersona: (lines: string) => string;
        leftOut: (touchpoints: string) => string;
        touchpointList: (list: string) => string;
        axis: string;
        axisOf: (personas: string) => string;
        scoreMeaning: string;
        noEmotion: string;
        noEmotionLine: string;
        emotionLine: string;
        colours: readonly string[];
    };
    dayView: {
        accTitle: (title: string) => string;
        accDescr: (personas: string, parts: string, touchpoints: string, timed: number) => string;
    };
    markdown: {
        part: (index: number, count: number) => string;
        continued: string;
        touchpointRange: (first: number, last: number) => string;
        personas: string;
        model: string;
        improves: string;
        goal: string;
        research: string;
        painsAndOpportunities: string;
        tableHeader: readonly [string, string, string, string, string];
        noneYet: string;
        noPains: string;
        otherOpportunities: string;
        /** Under a diagram longer than Mermaid's default `maxTextSize`: its length and the default (as written), the length (digits). */
        maxTextSizeNote: (length: string, limit: string, digits: string) => string;
    };
    diff: DiffWords;
}

/** The words of `journey-map diff` (language/diff/describe.ts, format-text.ts, format-markdown.ts, emotion-chart.ts). */
export interface DiffWords {
    /** Whether elements are named by their labels (the name added where two labels are alike) rather than by their names. */
    byLabel: boolean;
    kinds: Readonly<Record<'persona' | 'channel' | 'journey' | 'stage' | 'touchpoint' | 'pain point' | 'opportunity', string>>;
    fields: Readonly<Record<DiffField, string>>;
    changes: Readonly<Record<'added' | 'removed' | 'changed', string>>;
    renamedFrom: string;
    movedFromStage: readonly [string, string];
    movedFromTouchpoint: readonly [string, string];
    reordered: string;
    stageOrder: string;
    touchpointOrder: string;
    fixedBy: string;
    fixes: string;
    nowFixedBy: string;
    leftUnfixed: string;
    noLongerFixed: readonly [string, string];
    addedNote: (mapType: string, touchpoints: string, pains: string) => string;
    removedNote: string;
    averageEmotion: string;
    painsTotal: string;
    unfixedTotal: string;
    personasTitle: string;
    channelsTitle: string;
    journeyTitle: string;
    noChanges: string;
    changesSummary: (summary: string) => string;
    markdown: {
        heading: string;
        noChanges: string;
        table: readonly [string, string, string, string, string];
        personasAndChannels: string;
        header: string;
        nowFixed: (pains: string) => string;
        leftUnfixed: (pains: string) => string;
        newMap: (mapType: string) => string;
        removed: string;
        renamedFrom: (name: string) => string;
        journeyViewSummary: (view: string) => string;
        emotionHeading: string;
        emotionNote: (legend: string) => string;
        chartsLeftOut: string;
        diagramsLeftOut: string;
        cut: string;
    };
    chart: {
        legend: string;
        title: (title: string) => string;
        accTitle: (title: string) => string;
        accDescr: (count: number, changed: number, legend: string) => string;
        before: string;
        after: string;
    };
}

/** The fields a diff names (language/diff/diff-model.ts FieldName). */
export type DiffField =
    | 'label' | 'description' | 'goals' | 'needs' | 'frustrations' | 'quotes' | 'kind' | 'type' | 'personas' | 'model' | 'research'
    | 'improves' | 'order' | 'channel' | 'actions' | 'thoughts' | 'emotion' | 'barriers' | 'metrics' | 'frontstage' | 'backstage'
    | 'support' | 'evidence' | 'time' | 'severity' | 'fixes' | 'owner' | 'impact' | 'resources';

export type Noun = 'stage' | 'touchpoint' | 'part' | 'pain point' | 'journey' | 'persona' | 'channel' | 'opportunity';

const en: MapWords = {
    language: 'en',
    decimalMark: '.',
    and: 'and',
    none: 'none',
    nouns: {
        'stage': ['stage', 'stages'], 'touchpoint': ['touchpoint', 'touchpoints'], 'part': ['part', 'parts'],
        'pain point': ['pain point', 'pain points'], 'journey': ['journey', 'journeys'], 'persona': ['persona', 'personas'],
        'channel': ['channel', 'channels'], 'opportunity': ['opportunity', 'opportunities']
    },
    mapTypes: { 'current': 'current-state map', 'future': 'future-state map', 'day-in-the-life': 'day-in-the-life map', 'blueprint': 'service blueprint' },
    levels: { low: 'low', medium: 'medium', high: 'high' },
    channels: {
        'web': 'Website', 'mobile': 'Mobile app', 'social': 'Social media', 'email': 'Email', 'chat': 'Chat', 'phone': 'Phone',
        'store': 'Store', 'ads': 'Advertising', 'event': 'Event', 'review': 'Reviews', 'word-of-mouth': 'Word of mouth', 'other': 'Other'
    },
    views: VIEW_TITLES,
    lanes: {
        touchpoints: 'Touchpoints',
        emotion: 'Emotion\n(1 very negative,\n5 very positive)',
        thoughts: 'Thoughts',
        actions: 'Actions',
        customerActions: 'Customer actions',
        frontstage: 'Frontstage',
        lineOfVisibility: 'Line of visibility: the customer sees what is above it, not what is below',
        backstage: 'Backstage',
        support: 'Support processes',
        evidence: 'Evidence',
        pains: 'Pain points',
        barriers: 'Barriers',
        metrics: 'Metrics',
        opportunities: 'Opportunities',
        otherOpportunities: 'Other opportunities',
        impact: level => `impact ${level}`
    },
    journeyView: {
        accTitle: title => `Journey view of ${title}`,
        following: (mapType, personas) => `A ${mapType} following ${personas}:`,
        noPersona: 'no persona',
        scale: 'each scored from 1 (very negative) to 5 (very positive)',
        unscored: touchpoints => `(${touchpoints} with no emotion recorded, drawn as 3).`,
        noEmotion: '(no emotion recorded)'
    },
    compareView: {
        new: '(new)',
        before: '(before)',
        after: '(after)',
        removed: '(removed)',
        removedSection: 'Removed',
        accTitle: (future, current) => `Compare view of ${future} against ${current}`,
        accDescr: (kept, better, added, removed) => `Emotion per touchpoint before (current map) and after (future map): ${kept} in both maps ` +
            `(${better} feeling better), ${added} new, ${removed} removed.`
    },
    emotionView: {
        title: title => `Emotion curve: ${title}`,
        accTitle: title => `Emotion view of ${title}`,
        accDescr: touchpoints => `The emotion score, from 1 (very negative) to 5 (very positive), of ${touchpoints} in order`,
        linePerPersona: lines => `, one line per persona: ${lines}`,
        leftOut: touchpoints => `; ${touchpoints} with no emotion recorded left out.`,
        touchpointList: list => ` Touchpoints: ${list}.`,
        axis: 'Touchpoints, in order',
        axisOf: personas => `Touchpoints of ${personas}, in order`,
        scoreMeaning: '1 very negative · 3 neutral · 5 very positive',
        noEmotion: '(no emotion recorded)',
        noEmotionLine: 'No emotion recorded',
        emotionLine: 'Emotion',
        colours: ['blue', 'vermillion', 'green', 'pink', 'gold', 'purple']
    },
    dayView: {
        accTitle: title => `Day view of ${title}`,
        accDescr: (personas, parts, touchpoints, timed) => `A day in the life of ${personas}: ${parts} of the day, ${touchpoints}, ${timed} with a time.`
    },
    markdown: {
        part: (index, count) => `Part ${index} of ${count}`,
        continued: '(continued)',
        touchpointRange: (first, last) => last < first ? 'no touchpoints' : last === first ? `touchpoint ${first}` : `touchpoints ${first}–${last}`,
        personas: 'personas',
        model: 'model',
        improves: 'improves',
        goal: 'Goal',
        research: 'Research',
        painsAndOpportunities: 'Pain points and opportunities',
        tableHeader: ['Stage', 'Touchpoint', 'Pain point', 'Severity', 'Opportunities that fix it'],
        noneYet: 'none yet',
        noPains: 'No pain points recorded.',
        otherOpportunities: 'Opportunities that fix no pain point of this map:',
        maxTextSizeNote: (length, limit, digits) => `> **Note:** this diagram is ${length} characters long, more than Mermaid's default \`maxTextSize\` ` +
            `(${limit}). A renderer with default settings shows "Maximum text size in diagram exceeded" ` +
            `instead: initialise Mermaid with \`mermaid.initialize({ maxTextSize: ${digits} })\` or more ` +
            '(a diagram cannot raise it itself), or render fewer stages per map.'
    },
    diff: {
        byLabel: false,
        kinds: { 'persona': 'persona', 'channel': 'channel', 'journey': 'journey', 'stage': 'stage', 'touchpoint': 'touchpoint', 'pain point': 'pain point', 'opportunity': 'opportunity' },
        fields: {
            label: 'label', description: 'description', goals: 'goals', needs: 'needs', frustrations: 'frustrations', quotes: 'quotes', kind: 'kind',
            type: 'type', personas: 'personas', model: 'model', research: 'research', improves: 'improves', order: 'order', channel: 'channel',
            actions: 'actions', thoughts: 'thoughts', emotion: 'emotion', barriers: 'barriers', metrics: 'metrics', frontstage: 'frontstage',
            backstage: 'backstage', support: 'support', evidence: 'evidence', time: 'time', severity: 'severity', fixes: 'fixes', owner: 'owner',
            impact: 'impact', resources: 'resources'
        },
        changes: { added: 'added', removed: 'removed', changed: 'changed' },
        renamedFrom: 'renamed from ',
        movedFromStage: ['moved from stage ', ' to stage '],
        movedFromTouchpoint: ['moved from touchpoint ', ' to touchpoint '],
        reordered: 'reordered',
        stageOrder: 'stage order',
        touchpointOrder: 'touchpoint order',
        fixedBy: 'fixed by ',
        fixes: 'fixes ',
        nowFixedBy: ' is now fixed by ',
        leftUnfixed: ' is left unfixed: no opportunity fixes it',
        noLongerFixed: [' is no longer fixed (it was fixed by ', ')'],
        addedNote: (mapType, touchpoints, pains) => `added: ${mapType}, ${touchpoints}, ${pains}`,
        removedNote: 'removed',
        averageEmotion: 'Average emotion',
        painsTotal: 'pains',
        unfixedTotal: 'unfixed',
        personasTitle: 'Personas',
        channelsTitle: 'Channels',
        journeyTitle: 'Journey',
        noChanges: 'No changes.',
        changesSummary: summary => `Changes: ${summary}.`,
        markdown: {
            heading: 'Journey map changes',
            noChanges: 'No changes to the journey maps.',
            table: ['Journey', 'Change', 'Average emotion', 'Pain points', 'Unfixed'],
            personasAndChannels: 'Personas and channels',
            header: 'header',
            nowFixed: pains => `${pains} now fixed`,
            leftUnfixed: pains => `${pains} left unfixed`,
            newMap: mapType => `New ${mapType}.`,
            removed: 'Removed.',
            renamedFrom: name => `Renamed from ${name}.`,
            journeyViewSummary: view => `${view} view, new version`,
            emotionHeading: 'Emotion before and after',
            emotionNote: legend => `(${legend}; touchpoints added or removed are not drawn)`,
            chartsLeftOut: 'The journey views are left out to keep this comment under GitHub\'s size limit: run `journey-map diff` locally to see them.',
            diagramsLeftOut: 'The diagrams are left out to keep this comment under GitHub\'s size limit: run `journey-map diff` locally to see them.',
            cut: 'This comment is cut to fit GitHub\'s size limit: run `journey-map diff` locally for the whole diff.'
        },
        chart: {
            legend: 'blue line: before, vermillion line: after',
            title: title => `Emotion before and after: ${title}`,
            accTitle: title => `Emotion before and after the change, ${title}`,
            accDescr: (count, changed, legend) => `The emotion score, from 1 (very negative) to 5 (very positive), of the ${count} touchpoints ` +
                `found in both versions, in order; ${changed} changed. The ${legend}.`,
            before: 'Before',
            after: 'After'
        }
    }
};

const vi: MapWords = {
    language: 'vi',
    decimalMark: ',',
    and: 'và',
    none: 'không có',
    nouns: {
        'stage': ['giai đoạn', 'giai đoạn'], 'touchpoint': ['điểm chạm', 'điểm chạm'], 'part': ['phần', 'phần'],
        'pain point': ['điểm đau', 'điểm đau'], 'journey': ['hành trình', 'hành trình'], 'persona': ['chân dung khách hàng', 'chân dung khách hàng'],
        'channel': ['kênh', 'kênh'], 'opportunity': ['cơ hội', 'cơ hội']
    },
    mapTypes: { 'current': 'bản đồ hiện tại', 'future': 'bản đồ tương lai', 'day-in-the-life': 'bản đồ một ngày', 'blueprint': 'bản thiết kế dịch vụ' },
    levels: { low: 'thấp', medium: 'trung bình', high: 'cao' },
    channels: {
        'web': 'Website', 'mobile': 'Ứng dụng di động', 'social': 'Mạng xã hội', 'email': 'Email', 'chat': 'Nhắn tin', 'phone': 'Điện thoại',
        'store': 'Cửa hàng', 'ads': 'Quảng cáo', 'event': 'Sự kiện', 'review': 'Đánh giá', 'word-of-mouth': 'Truyền miệng', 'other': 'Khác'
    },
    views: { map: 'Bản đồ hành trình', journey: 'Hành trình', emotion: 'Đường cảm xúc', day: 'Một ngày', compare: 'Trước và sau' },
    lanes: {
        touchpoints: 'Điểm chạm',
        emotion: 'Cảm xúc\n(1 rất tiêu cực,\n5 rất tích cực)',
        thoughts: 'Suy nghĩ',
        actions: 'Hành động',
        customerActions: 'Hành động của khách hàng',
        frontstage: 'Tiền cảnh',
        lineOfVisibility: 'Đường ranh giới nhìn thấy: khách hàng thấy những gì ở trên, không thấy những gì ở dưới',
        backstage: 'Hậu cảnh',
        support: 'Quy trình hỗ trợ',
        evidence: 'Bằng chứng',
        pains: 'Điểm đau',
        barriers: 'Rào cản',
        metrics: 'Chỉ số',
        opportunities: 'Cơ hội',
        otherOpportunities: 'Cơ hội khác',
        impact: level => `tác động ${level}`
    },
    journeyView: {
        accTitle: title => `Hành trình: ${title}`,
        following: (mapType, personas) => `${capitalise(mapType)} theo ${personas}:`,
        noPersona: 'không có chân dung khách hàng nào',
        scale: 'mỗi điểm chạm chấm từ 1 (rất tiêu cực) đến 5 (rất tích cực)',
        unscored: touchpoints => `(${touchpoints} chưa ghi cảm xúc, vẽ ở mức 3).`,
        noEmotion: '(chưa ghi cảm xúc)'
    },
    compareView: {
        new: '(mới)',
        before: '(trước)',
        after: '(sau)',
        removed: '(đã bỏ)',
        removedSection: 'Đã bỏ',
        accTitle: (future, current) => `So sánh ${future} với ${current}`,
        accDescr: (kept, better, added, removed) => `Cảm xúc ở mỗi điểm chạm trước (bản đồ hiện tại) và sau (bản đồ tương lai): ${kept} có ở cả hai bản đồ ` +
            `(${better} dễ chịu hơn), ${added} mới, ${removed} đã bỏ.`
    },
    emotionView: {
        title: title => `Đường cảm xúc: ${title}`,
        accTitle: title => `Đường cảm xúc của ${title}`,
        accDescr: touchpoints => `Điểm cảm xúc, từ 1 (rất tiêu cực) đến 5 (rất tích cực), của ${touchpoints} theo thứ tự`,
        linePerPersona: lines => `, mỗi chân dung khách hàng một đường: ${lines}`,
        leftOut: touchpoints => `; bỏ qua ${touchpoints} chưa ghi cảm xúc.`,
        touchpointList: list => ` Các điểm chạm: ${list}.`,
        axis: 'Các điểm chạm, theo thứ tự',
        axisOf: personas => `Các điểm chạm của ${personas}, theo thứ tự`,
        scoreMeaning: '1 rất tiêu cực · 3 bình thường · 5 rất tích cực',
        noEmotion: '(chưa ghi cảm xúc)',
        noEmotionLine: 'Chưa ghi cảm xúc',
        emotionLine: 'Cảm xúc',
        colours: ['xanh dương', 'đỏ cam', 'xanh lá', 'hồng', 'vàng', 'tím']
    },
    dayView: {
        accTitle: title => `Một ngày: ${title}`,
        accDescr: (personas, parts, touchpoints, timed) => `Một ngày của ${personas}: ${parts} trong ngày, ${touchpoints}, ${timed} có ghi giờ.`
    },
    markdown: {
        part: (index, count) => `Phần ${index}/${count}`,
        continued: '(tiếp)',
        touchpointRange: (first, last) => last < first ? 'không có điểm chạm' : last === first ? `điểm chạm ${first}` : `điểm chạm ${first}–${last}`,
        personas: 'chân dung khách hàng',
        model: 'mô hình',
        improves: 'cải thiện',
        goal: 'Mục tiêu',
        research: 'Nghiên cứu',
        painsAndOpportunities: 'Điểm đau và cơ hội',
        tableHeader: ['Giai đoạn', 'Điểm chạm', 'Điểm đau', 'Mức độ', 'Cơ hội khắc phục'],
        noneYet: 'chưa có',
        noPains: 'Chưa ghi điểm đau nào.',
        otherOpportunities: 'Cơ hội không khắc phục điểm đau nào của bản đồ này:',
        maxTextSizeNote: (length, limit, digits) => `> **Lưu ý:** sơ đồ này dài ${length} ký tự, quá giới hạn \`maxTextSize\` mặc định của Mermaid ` +
            `(${limit}). Trình vẽ dùng thiết lập mặc định sẽ hiện "Maximum text size in diagram exceeded" ` +
            `thay cho sơ đồ: khởi tạo Mermaid với \`mermaid.initialize({ maxTextSize: ${digits} })\` hoặc lớn hơn ` +
            '(sơ đồ không tự nâng giới hạn này được), hoặc vẽ ít giai đoạn hơn trong mỗi bản đồ.'
    },
    diff: {
        byLabel: true,
        kinds: { 'persona': 'chân dung khách hàng', 'channel': 'kênh', 'journey': 'hành trình', 'stage': 'giai đoạn', 'touchpoint': 'điểm chạm', 'pain point': 'điểm đau', 'opportunity': 'cơ hội' },
        fields: {
            label: 'nhãn', description: 'mô tả', goals: 'mục tiêu', needs: 'nhu cầu', frustrations: 'điều bực mình', quotes: 'câu nói', kind: 'loại kênh',
            type: 'loại bản đồ', personas: 'chân dung khách hàng', model: 'mô hình', research: 'nghiên cứu', improves: 'cải thiện', order: 'thứ tự', channel: 'kênh',
            actions: 'hành động', thoughts: 'suy nghĩ', emotion: 'cảm xúc', barriers: 'rào cản', metrics: 'chỉ số', frontstage: 'tiền cảnh',
            backstage: 'hậu cảnh', support: 'quy trình hỗ trợ', evidence: 'bằng chứng', time: 'thời gian', severity: 'mức độ', fixes: 'khắc phục', owner: 'phụ trách',
            impact: 'tác động', resources: 'nguồn lực'
        },
        changes: { added: 'thêm mới', removed: 'bị xoá', changed: 'thay đổi' },
        renamedFrom: 'đổi tên từ ',
        movedFromStage: ['chuyển từ giai đoạn ', ' sang giai đoạn '],
        movedFromTouchpoint: ['chuyển từ điểm chạm ', ' sang điểm chạm '],
        reordered: 'đổi thứ tự',
        stageOrder: 'thứ tự giai đoạn',
        touchpointOrder: 'thứ tự điểm chạm',
        fixedBy: 'được khắc phục bởi ',
        fixes: 'khắc phục ',
        nowFixedBy: ' nay được khắc phục bởi ',
        leftUnfixed: ' chưa được khắc phục: chưa có cơ hội nào khắc phục',
        noLongerFixed: [' không còn được khắc phục (trước đây được khắc phục bởi ', ')'],
        addedNote: (mapType, touchpoints, pains) => `thêm mới: ${mapType}, ${touchpoints}, ${pains}`,
        removedNote: 'bị xoá',
        averageEmotion: 'Cảm xúc trung bình',
        painsTotal: 'điểm đau',
        unfixedTotal: 'chưa khắc phục',
        personasTitle: 'Chân dung khách hàng',
        channelsTitle: 'Kênh',
        journeyTitle: 'Hành trình',
        noChanges: 'Không có thay đổi.',
        changesSummary: summary => `Thay đổi: ${summary}.`,
        markdown: {
            heading: 'Thay đổi của bản đồ hành trình',
            noChanges: 'Các bản đồ hành trình không thay đổi.',
            table: ['Hành trình', 'Thay đổi', 'Cảm xúc trung bình', 'Điểm đau', 'Chưa khắc phục'],
            personasAndChannels: 'Chân dung khách hàng và kênh',
            header: 'phần đầu',
            nowFixed: pains => `${pains} nay đã được khắc phục`,
            leftUnfixed: pains => `${pains} chưa được khắc phục`,
            newMap: mapType => `${capitalise(mapType)} mới.`,
            removed: 'Bị xoá.',
            renamedFrom: name => `Đổi tên từ ${name}.`,
            journeyViewSummary: view => `${view}, phiên bản mới`,
            emotionHeading: 'Cảm xúc trước và sau',
            emotionNote: legend => `(${legend}; không vẽ các điểm chạm thêm mới hoặc bị xoá)`,
            chartsLeftOut: 'Bình luận này bỏ các sơ đồ hành trình để không vượt giới hạn độ dài của GitHub: chạy `journey-map diff` trên máy để xem.',
            diagramsLeftOut: 'Bình luận này bỏ các sơ đồ để không vượt giới hạn độ dài của GitHub: chạy `journey-map diff` trên máy để xem.',
            cut: 'Bình luận này bị cắt cho vừa giới hạn độ dài của GitHub: chạy `journey-map diff` trên máy để xem toàn bộ.'
        },
        chart: {
            legend: 'đường xanh dương: trước, đường đỏ cam: sau',
            title: title => `Cảm xúc trước và sau: ${title}`,
            accTitle: title => `Cảm xúc trước và sau thay đổi, ${title}`,
            accDescr: (count, changed, legend) => `Điểm cảm xúc, từ 1 (rất tiêu cực) đến 5 (rất tích cực), của ${count} điểm chạm ` +
                `có ở cả hai phiên bản, theo thứ tự; ${changed} thay đổi. ${capitalise(legend)}.`,
            before: 'Trước',
            after: 'Sau'
        }
    }
};

function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

export const MAP_WORDS: Readonly<Record<Language, MapWords>> = { en, vi };

/** The language a map is drawn in: its own (`language vi`), else the reader's. */
export function mapLanguage(map: { language?: Language }, reader: Language = DEFAULT_LANGUAGE): Language {
    return map.language ?? reader;
}

/** The words a map is drawn with (see mapLanguage). */
export function wordsFor(map: { language?: Language }, reader: Language = DEFAULT_LANGUAGE): MapWords {
    return MAP_WORDS[mapLanguage(map, reader)];
}

/** `3 touchpoints`, `1 stage`; `3 điểm chạm`. */
export function counted(words: MapWords, count: number, noun: Noun): string {
    const [one, many] = words.nouns[noun];
    return `${count} ${count === 1 ? one : many}`;
}

/** A list in words: "Lan", "Lan and Minh", "Lan, Minh and An". */
export function listIn(words: MapWords, items: readonly string[]): string {
    return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${words.and} ${items.at(-1)}`;
}
