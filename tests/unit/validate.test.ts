import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateLibrary } from '../../src/validation/validate.ts';
import { validateLibraryInParallel } from '../../src/validation/parallel.ts';
import { describe as describeProblem, formatProblem, githubAnnotation } from '../../src/validation/problem.ts';
import { fixturesDir } from '../helpers/paths.ts';
import { standaloneCase, tempLibrary } from '../helpers/temp-library.ts';

const TODAY = '2026-11-28';

/** Problems of a small library, as `line:column field message — hint` (the file is always the one written). */
function problemsFor(relative: string, content: string | Buffer, extra: Record<string, string> = {}, today = TODAY) {
  const root = tempLibrary({ [relative]: content, ...extra });
  return validateLibrary({ root, today }).problems.map(
    (problem) => `${problem.line}:${problem.column} ${problem.field} ${describeProblem(problem)}`,
  );
}

const caseFile = 'cases/ecommerce/sample.mdx';
const validCase = readFileSync(path.join(fixturesDir, 'valid-case.mdx'), 'utf8');
const withBody = (find: string, replace: string, text = validCase) => {
  if (!text.includes(find)) throw new Error(`fixture text not found: ${find}`);
  return text.replace(find, replace);
};

describe('validator: file-level problems', () => {
  it('accepts a correct case', () => {
    expect(problemsFor(caseFile, standaloneCase)).toEqual([]);
    expect(problemsFor('cases/telecom/valid-case.mdx', validCase)).toEqual([]);
  });

  it('points at the line of a field with a bad value, and says how to fix it', () => {
    const [problem] = problemsFor(caseFile, standaloneCase.replace('severity: 3', 'severity: 7'));
    expect(problem).toBe('15:1 severity 严重程度最高为 4 — 1 轻微、2 一般、3 严重、4 重大');
  });

  it('points at the misspelt key itself', () => {
    const [problem] = problemsFor(caseFile, standaloneCase.replace('typical: true', 'typcal: true'));
    expect(problem).toMatch(/^32:1 typcal 未知字段 「typcal」 — 可能拼错了，可用字段：/);
  });

  it('reports YAML syntax errors with line and a hint', () => {
    const broken = standaloneCase.replace('title: 大促', 'title: "大促');
    const [problem] = problemsFor(caseFile, broken);
    expect(problem).toMatch(/^\d+:\d+ 字段区 YAML 语法错误 — 缺少字符/);
  });

  it('reports unclosed JSX in the body at its line', () => {
    const [problem] = problemsFor(caseFile, standaloneCase.replace('## 背景', '## 背景\n\n<div>未闭合'));
    expect(problem).toMatch(/^\d+:1 正文 MDX 语法错误：有未闭合的标签 <\w+> — 正文中不要写尖括号/);
  });

  it('requires the six case sections', () => {
    expect(problemsFor(caseFile, standaloneCase.replace('## 根因分析', '## 原因'))).toEqual([
      '78:1 正文 缺少小节「## 根因分析」 — 案例正文须依次包含六个二级标题：' +
        '客户问题、背景、根因分析、处理过程、处理结果、经验总结',
    ]);
  });

  it('accepts the six sections headed in Traditional script, and names the solving order when two are swapped', () => {
    const traditional = [
      ['客户问题', '客戶問題'],
      ['处理过程', '處理過程'],
      ['处理结果', '處理結果'],
      ['经验总结', '經驗總結'],
    ].reduce((text, [simplified, hant]) => text.replace(`## ${simplified}`, `## ${hant}`), standaloneCase);
    expect(traditional).not.toContain('## 处理过程');
    expect(problemsFor(caseFile, traditional)).toEqual([]);
    const swapped = standaloneCase
      .replace('## 背景', '## 临时')
      .replace('## 根因分析', '## 背景')
      .replace('## 临时', '## 根因分析');
    expect(problemsFor(caseFile, swapped)).toEqual([
      expect.stringMatching(
        /^\d+:1 正文 小节顺序不对 — 请调整为：客户问题、背景、根因分析、处理过程、处理结果、经验总结$/,
      ),
    ]);
  });

  it('refuses executable or raw-HTML MDX: imports, scripts, expressions, javascript: links', () => {
    const hostile =
      `${standaloneCase}\nimport X from './x.js'\n\n<script>alert(1)</script>\n\n` +
      '{1 + 1}\n\n[点我](javascript:alert(1))\n';
    const problems = problemsFor(caseFile, hostile).join('\n');
    expect(problems).toContain('不允许「import」「export」语句');
    expect(problems).toContain('不允许使用标签或组件 <script>');
    expect(problems).toContain('不允许花括号表达式');
    expect(problems).toContain('不允许 javascript: 链接');
  });

  it('rejects BOM, CRLF, empty and oversized files with a fix', () => {
    expect(problemsFor(caseFile, `\uFEFF${standaloneCase}`)[0]).toContain('BOM');
    expect(problemsFor(caseFile, standaloneCase.replaceAll('\n', '\r\n'))[0]).toContain('CRLF');
    expect(problemsFor(caseFile, '')[0]).toBe(
      '1:1 文件 文件是空的 — 请用 npm run new 生成模板，或复制一个现有文件后改写',
    );
    expect(problemsFor(caseFile, 'x'.repeat(600 * 1024))[0]).toMatch(/文件太大/);
  });

  it('checks file names: lowercase ids, .mdx, real dates for daily entries', () => {
    expect(problemsFor('cases/ecommerce/退款.mdx', standaloneCase)[0]).toMatch(
      /^1:1 文件名 文件名「退款」不符合要求 — 只能用小写英文字母/,
    );
    expect(problemsFor('cases/ecommerce/sample.md', standaloneCase)[0]).toMatch(/扩展名应为 \.mdx/);
    expect(problemsFor('cases/page/refund.mdx', standaloneCase)[0]).toMatch(
      /^1:1 文件名 案例不能放在名为 page 的文件夹里.* — 请换一个文件夹名/,
    );
    const daily = '---\ncase: ecommerce/sample\nhost: he-jun\nquestions: [你会怎么做？]\ntakeaway: 先说清楚。\n---\n';
    expect(problemsFor('daily/2026-02-30.mdx', daily, { [caseFile]: standaloneCase })[0]).toMatch(
      /「2026-02-30」不是有效日期/,
    );
    const duplicate = problemsFor('daily/2026/2026-03-02.mdx', daily, {
      [caseFile]: standaloneCase,
      'daily/2026-03-02.mdx': daily,
    });
    expect(duplicate).toHaveLength(1);
    expect(duplicate[0]).toMatch(
      /^1:1 文件名 日期 2026-03-02 已有每日一案例（.*daily\/2026-03-02\.mdx） — 每天只能有一篇/,
    );
  });

  it('finds duplicate case numbers across files', () => {
    const problems = problemsFor(caseFile, standaloneCase, { 'cases/ecommerce/copy.mdx': standaloneCase });
    expect(problems.join('\n')).toMatch(/案例编号 KF-2026-0101 已被 .*使用/);
  });

  it('only reports the files asked for, and says so when a file is not in the library', () => {
    const root = tempLibrary({
      [caseFile]: standaloneCase.replace('severity: 3', 'severity: 7'),
      'cases/ecommerce/other.mdx': validCase,
    });
    expect(validateLibrary({ root, today: TODAY, only: [path.join(root, 'cases/ecommerce/other.mdx')] })).toEqual({
      problems: [],
      fileCount: 1,
    });
    const [outside] = validateLibrary({ root, today: TODAY, only: ['/tmp/elsewhere.mdx'] }).problems;
    expect(outside).toMatchObject({ field: '文件', message: expect.stringContaining('不在内容目录里') });
  });
});

describe('validator: personal data', () => {
  const at = 'cases/telecom/valid-case.mdx';

  it('flags personal data in frontmatter values and in the body, with the masked form to write instead', () => {
    const text = withBody('客户为此请假三次。', '客户为此请假三次，联系电话 13812345678。').replace(
      '  - 我已经请了三次假了，你们到底哪天来？',
      '  - 邮件我发到 wang.li@qq.com 了',
    );
    expect(problemsFor(at, text)).toEqual([
      '6:11 customerWords[0] 疑似客户的电子邮箱「w***@qq.com」' +
        ' — 客户信息不能写进案例库，请写成 w***@example.com 或“客户邮箱”；' +
        '如确认不是个人信息（例如对外公布的单位电话），在这一行末尾加上 # PiiOk: 理由',
      '34:50 正文 疑似客户的手机号「138****5678」' +
        ' — 客户信息不能写进案例库，请写成 138****5678 或“尾号 5678”；' +
        '如确认不是个人信息（例如对外公布的单位电话），用 <PiiOk reason="理由">…</PiiOk> 把它括起来',
    ]);
  });

  it('accepts a false positive marked with <PiiOk reason> in the body, or # PiiOk: in the frontmatter', () => {
    const body = withBody(
      '回访满意度 4 分。',
      '回访满意度 4 分。营业厅投诉电话 <PiiOk reason="营业厅对外公布的电话">0571-87651234</PiiOk>。',
    );
    expect(problemsFor(at, body)).toEqual([]);
    const frontmatter = withBody(
      'rootCause: 预约系统改约不通知客户，装维人员按片区临时调度。',
      'rootCause: 调度专线 0571-87651234 无人接听，改约不通知客户。 # PiiOk: 公司内部调度专线',
    );
    expect(problemsFor(at, frontmatter)).toEqual([]);
  });

  it('refuses a waiver without a reason, and warns about a waiver with nothing to waive', () => {
    expect(
      problemsFor(at, withBody('回访满意度 4 分。', '回访满意度 4 分。<PiiOk reason="">0571-87651234</PiiOk>')),
    ).toEqual([
      '53:27 正文 <PiiOk> 的 reason 必须是一段非空的文字 — 写成 <PiiOk reason="理由">内容</PiiOk>，' +
        '理由用英文双引号括起来',
    ]);
    expect(
      problemsFor(at, withBody('回访满意度 4 分。', '回访满意度 <PiiOk reason="不是号码">4</PiiOk> 分。')),
    ).toEqual(['53:23 正文 警告 <PiiOk> 里没有需要豁免的个人信息 — 请去掉 <PiiOk> 标记，只保留里面的文字']);
    expect(problemsFor(at, withBody('channel: phone', 'channel: phone # PiiOk: 不需要'))).toEqual([
      '10:10 channel 警告 这一行没有需要豁免的个人信息 — 请删除行末的 # PiiOk 标记',
    ]);
  });

  it('reports personal data in a YAML comment, which is published with the file', () => {
    expect(problemsFor(at, withBody('channel: phone', 'channel: phone  # 客户手机 13912345678'))).toEqual([
      '10:24 字段区 疑似客户的手机号「139****5678」 — 注释和字段名也会随文件公开，请删掉这里的号码',
    ]);
  });
});

describe('validator: unfilled templates', () => {
  it('reports each placeholder once, with the schema’s advice on what to write', () => {
    const text = withBody('channel: phone', 'channel: TODO：渠道').replace(
      'title: 宽带装机三次改约，客户要求赔偿误工',
      'title: TODO：一句话标题',
    );
    expect(problemsFor('cases/telecom/valid-case.mdx', text)).toEqual([
      '3:8 title 还没有填写（TODO：一句话标题） — 把 TODO 和后面的提示换成实际内容',
      expect.stringMatching(
        new RegExp(
          String.raw`^10:10 channel 还没有填写（TODO：渠道） — 把 TODO 和后面的提示换成实际内容。` +
            String.raw`可选值：phone（电话）、chat（在线客服）`,
        ),
      ),
    ]);
  });

  it('reports placeholder paragraphs in the body and a template file name', () => {
    const problems = problemsFor('cases/telecom/TODO-english-name.mdx', withBody('当天下午装机完成', 'TODO：结果如何'));
    expect(problems).toEqual([
      '1:1 文件名 文件名还是模板里的「TODO-english-name」 — 请改成描述内容的小写英文和连字符，' +
        '例如 ecommerce/presale-refund-delay.mdx',
      '53:1 正文 还有没写完的模板提示（TODO：结果如何，客户接受补偿，回访满意度 4 分。） — ' +
        '把 TODO 和后面的提示换成实际内容；不需要的段落整段删掉',
    ]);
  });
});

describe('validator: warnings', () => {
  it('warns when a review is older than the configured age, relative to the injected today', () => {
    const stale = withBody('reviewedOn: 2026-10-20', 'reviewedOn: 2025-10-20');
    expect(problemsFor('cases/telecom/valid-case.mdx', stale, {}, '2026-10-20')).toEqual([]);
    expect(problemsFor('cases/telecom/valid-case.mdx', stale, {}, '2026-10-21')).toEqual([
      '26:1 reviewedOn 警告 复核已过去 366 天，超过 365 天的有效期 — 请复核人确认处理方式仍然适用后更新 reviewedOn；' +
        '政策已变的案例把 confidence 改为 archived',
    ]);
    expect(
      problemsFor(
        'cases/telecom/valid-case.mdx',
        stale.replace('confidence: validated', 'confidence: archived'),
        {},
        '2027-06-01',
      ),
    ).toEqual([]);
  });

  it('warns about a banned phrase in 处理过程 or 处理结果, in either script, but not elsewhere', () => {
    const script =
      '---\ntitle: 改约\nscenario: 改约时。\nstage: empathy\nchannels: [phone]\n' +
      'lines:\n  - text: 抱歉让您久等了。\navoid:\n' +
      '  - phrase: 规定就是这样的（不解释原因）\n    better: 这条规定的原因是……\n' +
      '  - phrase: 喂？\n    better: 您好\n---\n';
    // A zh-TW case against a zh-CN script: compared in Simplified, reported as written.
    const inResolution = withBody('2. 联系片区调度', '2. 客户追问时回答“規定就是這樣的”，随后联系片区调度')
      .replace('客户申请家庭宽带新装', '客户说“喂？规定就是这样的？”，客户申请家庭宽带新装')
      .replace('customerWords:', 'lang: zh-TW\ncustomerWords:');
    expect(problemsFor('cases/telecom/valid-case.mdx', inResolution, { 'service-scripts/change.mdx': script })).toEqual(
      [
        '49:12 正文 警告 处理过程或结果里出现了禁用语「規定就是這樣的」（见话术 change） — 如果这是推荐的做法，' +
          '请改用：这条规定的原因是……；如果是在记录当时说错的话，请在经验总结里写明为什么不该这样说',
      ],
    );
  });
});

describe('validator: parallel', () => {
  it('gives the same result on worker threads as in one thread', async () => {
    const root = tempLibrary({
      'cases/telecom/valid-case.mdx': validCase,
      'cases/telecom/copy.mdx': validCase,
      'cases/telecom/wechat.mdx': validCase.replace('channel: phone', 'channel: 微信'),
      'cases/telecom/phone.mdx': withBody('客户为此请假三次。', '电话 13812345678。').replace(
        'KF-2026-0901',
        'KF-2026-0902',
      ),
    });
    const single = validateLibrary({ root, today: TODAY });
    expect(single.problems.map((problem) => problem.field).sort()).toEqual(['caseNumber', 'channel', '正文']);
    expect(await validateLibraryInParallel({ root, today: TODAY, threads: 2, filesPerThread: 1 })).toEqual(single);
  });
});

describe('problem output', () => {
  const problem = {
    file: 'content/cases/a.mdx',
    line: 3,
    column: 1,
    field: 'channel',
    message: '「x」不是有效的渠道',
    hint: '可选值：phone（电话）',
    severity: 'error' as const,
  };
  it('prints path:line:column  field  message — hint', () => {
    expect(formatProblem(problem)).toBe(
      'content/cases/a.mdx:3:1  channel  「x」不是有效的渠道 — 可选值：phone（电话）',
    );
    expect(formatProblem({ ...problem, severity: 'warning' })).toBe(
      'content/cases/a.mdx:3:1  channel  警告 「x」不是有效的渠道 — 可选值：phone（电话）',
    );
  });
  it('emits a GitHub annotation for the pull request diff', () => {
    expect(githubAnnotation(problem)).toBe(
      '::error file=content/cases/a.mdx,line=3,col=1,title=channel::「x」不是有效的渠道 — 可选值：phone（电话）',
    );
  });
});
