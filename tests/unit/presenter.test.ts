import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrSvg } from '../../src/lib/site/qr.ts';
import { splitCaseSections } from '../../src/lib/cases/sections.ts';

const body =
  `<h2 id="客户问题">客户问题</h2>
<p>李女士三次进线。</p>
<h2 id="背景">背景</h2>
<ul><li>两笔独立支付</li></ul>
<h2 id="根因分析">根因分析</h2>
<table><tr><td>环节</td></tr></table>
<h2 id="處理過程">處理過程</h2>
<ol><li>道歉</li><li>加急</li></ol>
<h2 id="处理结果">处理结果</h2>
<p>到账。<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="true" ` +
  `aria-describedby="footnote-label">1</a></sup></p>
<h2 id="经验总结">经验总结</h2>
<p>说清日期。</p>
<section data-footnotes="true" class="footnotes"><h2 class="sr-only" id="footnote-label">注释</h2>
<ol><li id="user-content-fn-1"><p>复盘。</p></li></ol>
</section>`;

describe('case sections for presenter mode', () => {
  it('splits the rendered body at the six headings, Simplified or Traditional', () => {
    expect(splitCaseSections(body)).toEqual({
      issue: '<p>李女士三次进线。</p>',
      background: '<ul><li>两笔独立支付</li></ul>',
      'root-cause': '<table><tr><td>环节</td></tr></table>',
      actions: '<ol><li>道歉</li><li>加急</li></ol>',
      result: '<p>到账。</p>',
      lessons: '<p>说清日期。</p>',
    });
  });

  it('keeps other second-level headings inside their section and leaves missing sections empty', () => {
    const sections = splitCaseSections('<h2>背景</h2><p>a</p><h2>补充说明</h2><p>b</p>');
    expect(sections.background).toBe('<p>a</p><h2>补充说明</h2><p>b</p>');
    expect(sections.issue).toBe('');
  });
});

describe('QR code', () => {
  it('is an inline, scalable, labelled SVG encoding the whole address', async () => {
    const url = 'https://cases.example.cn/cases/banking/overseas-card-fraud-dispute/';
    const svg = await qrSvg(url, '扫码阅读 "完整" 案例');
    expect(svg).toMatch(
      new RegExp(
        String.raw`^<svg role="img" aria-label="扫码阅读 &quot;完整&quot; 案例" ` +
          String.raw`xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 (\d+) \1"`,
      ),
    );
    expect(svg).not.toMatch(/href|<image|url\(/);
    // The drawing is the QR symbol for this address (size = modules + 2 × quiet zone).
    const size = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules.size;
    expect(svg).toContain(`viewBox="0 0 ${size + 8} ${size + 8}"`);
  });
});
