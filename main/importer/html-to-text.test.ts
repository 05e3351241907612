import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-to-text.ts';

describe('reading a saved web page', () => {
  it('renders headings, paragraphs and lists as light Markdown, bold lead-ins marked', () => {
    const { text } = htmlToText(
      '<h1>Title</h1><p>Intro &amp; more.</p><h2>One</h2><ul><li><strong>Lead:</strong> rest</li><li>plain</li></ul>' +
        '<ol start="3"><li>three</li><li>four</li></ol><h5>Small heading</h5><p><b>Alone</b></p>',
    );
    expect(text).toBe(
      '# Title\n\nIntro & more.\n\n## One\n\n- **Lead:** rest\n- plain\n3. three\n4. four\n\n**Small heading**\n\n**Alone**',
    );
  });

  it('keeps a line break inside a paragraph, so a bold first line can stand alone', () => {
    expect(htmlToText('<p><strong>Be honest</strong><br>What went wrong?</p>').text).toBe(
      '**Be honest**\nWhat went wrong?',
    );
  });

  it('drops scripts, styles, navigation, forms, asides, footers and hidden text', () => {
    const { text } = htmlToText(
      '<script>alert("Is this text?")</script><style>p{}</style><nav><a>Home</a></nav><p>Kept.</p>' +
        '<form><label>Comment *</label></form><aside>Popular posts</aside><footer>© 2024</footer>' +
        '<p hidden>secret</p><p aria-hidden="true">icon</p><p style="display: none">gone</p><span class="sr-only">label</span>',
    );
    expect(text).toBe('Kept.');
  });

  it('drops share bars, comments, related posts and bylines named by class or id', () => {
    const { text } = htmlToText(
      '<div class="shareButtons">Share Tweet</div><div id="comments"><p>Great post!</p></div>' +
        '<div class="jp-relatedposts"><p>Another post</p></div><span class="byline">By Sam</span>' +
        '<div class="entry-meta">May 3</div><div class="post-content"><p>Kept.</p></div>',
    );
    expect(text).toBe('Kept.');
  });

  it('keeps only the article when the page marks one, and its title even outside it', () => {
    const { text, pageTitle } = htmlToText(
      '<html><head><title>How to Rest | Site Name</title></head><body><h1>How to Rest</h1>' +
        '<div class="promo"><p>Buy now</p></div><p>Teaser from another page, long enough to count for something.</p>' +
        '<article><h2>Sleep</h2><p>Sleep is where healing starts. Sleep is where healing starts. Sleep is where healing starts.</p></article></body></html>',
    );
    expect(text).toBe(
      '# How to Rest\n\n## Sleep\n\nSleep is where healing starts. Sleep is where healing starts. Sleep is where healing starts.',
    );
    expect(pageTitle).toBe('How to Rest');
  });

  it('keeps text that merely starts like Markdown from becoming markup', () => {
    expect(htmlToText('<p># not a heading</p><p>&gt; not a quote</p>').text).toBe(
      '\\# not a heading\n\n\\> not a quote',
    );
  });

  it('copes with deeply nested and broken markup', () => {
    expect(htmlToText(`${'<div>'.repeat(200_000)}deep`).text).toBe('deep');
    expect(htmlToText('<p>broken <b>bold <i>x</p> <<<>>> </ul></li><li>orphan').text).toBe(
      'broken bold x\n\n- orphan',
    );
  });

  it('keeps an article whose own class holds a furniture word, and one wrapped in a widget', () => {
    // Substack names its post "newsletter-post post"; Blogger wraps every post in a "widget".
    expect(htmlToText('<article class="newsletter-post post"><p>Kept.</p></article>').text).toBe('Kept.');
    expect(
      htmlToText(
        '<div class="widget Blog"><div class="post hentry"><h3>Title</h3><div class="post-body"><p>Kept.</p></div>' +
          '<div class="post-footer">Posted by Dana</div></div></div><div class="widget Profile"><p>About me</p></div>',
      ).text,
    ).toBe('### Title\n\nKept.');
  });

  it('reads two line breaks in a row as the end of a paragraph', () => {
    expect(
      htmlToText('<div><b>1. Rest</b><br>Sleep early.<br><br><b>2. Walk</b><br>Go outside.</div>').text,
    ).toBe('**1. Rest**\nSleep early.\n\n**2. Walk**\nGo outside.');
  });

  it('reads a subtitle heading as the lead, and drops footnote marks, footnotes and bare decoration', () => {
    const { text } = htmlToText(
      '<h1>Title</h1><h3 class="subtitle">A short standfirst.</h3><p>One.<sup>1</sup> Two.<a class="footnote-anchor">2</a></p>' +
        '<p>--</p><div class="footnote"><p>A note.</p></div><section role="doc-endnotes"><p>End note.</p></section>',
    );
    expect(text).toBe('# Title\n\nA short standfirst.\n\nOne. Two.');
  });

  it('drops the parts a generated page names in data-testid (Medium’s author and date)', () => {
    const { text } = htmlToText(
      '<article><a data-testid="authorName">Priya N</a><span data-testid="storyPublishDate">Jan 14</span><p>Kept.</p></article>',
    );
    expect(text).toBe('Kept.');
  });

  it('drops consent banners whatever their names run together', () => {
    const { text } = htmlToText(
      '<div id="CybotCookiebotDialog"><p>This website uses cookies.</p></div><div id="onetrust-consent-sdk"><p>We value your privacy.</p></div>' +
        '<div class="tp-modal gdprBanner"><p>Accept all</p></div><article><p>Kept.</p></article>',
    );
    expect(text).toBe('Kept.');
  });

  it('leaves the site’s own name out of the page title, wherever it stands', () => {
    const page = (title: string) =>
      `<html><head><title>${title}</title><meta property="og:site_name" content="Mended Hearts"></head><body><p>Text.</p></body></html>`;
    expect(htmlToText(page('Mended Hearts | How to Heal')).pageTitle).toBe('How to Heal');
    expect(htmlToText(page('How to Heal – Mended Hearts')).pageTitle).toBe('How to Heal');
  });
});
