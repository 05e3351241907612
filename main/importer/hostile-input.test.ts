/**
 * Files a user might pick by mistake, and files made to attack: each is refused with a message
 * that says what happened, or imported with nothing of its code in any prompt.
 */
import { describe, expect, it } from 'vitest';
import { ARTICLE_MAX_BYTES } from '../../shared/api.ts';
import { InterludeError } from '../../shared/errors.ts';
import { shownText } from './fixtures/shown-text.ts';
import { importArticle } from './import-article.ts';

function refusal(fileName: string, content: string): InterludeError {
  try {
    importArticle({ fileName, content });
  } catch (error) {
    if (error instanceof InterludeError) return error;
    throw error;
  }
  throw new Error(`${fileName} was imported`);
}

/** Anything that could run or load something if a prompt were ever rendered as markup. */
const EXECUTABLE = /<\s*\/?\s*[a-z]|javascript:|vbscript:|data:text|on[a-z]+\s*=|alert\(|srcdoc|steal\(/i;

describe('files that are not an article', () => {
  it('names an empty file, and a saved page with no text (a page its scripts would have built)', () => {
    expect(refusal('empty.md', '').message).toMatch(/file is empty/);
    expect(refusal('blank.txt', ' \n\n\t\u200b\n').message).toMatch(/file is empty/);
    expect(
      refusal('app.html', '<html><body><div id="root"></div><script src="app.js"></script></body></html>')
        .message,
    ).toMatch(/no article text.*scripts/);
  });

  it('says so for data, code and logs instead of making prompts of them', () => {
    const notArticles = {
      'moods.csv': 'date,mood,note\n2024-01-01,3,ok\n2024-01-02,4,"fine, mostly"\n2024-01-03,2,tired\n',
      'script.txt':
        'import os\n\ndef main():\n    print("hello")\n\nif __name__ == "__main__":\n    main()\n',
      'server.log':
        '2024-01-01 12:00:00 INFO Server started on port 8080\n2024-01-01 12:00:01 WARN Disk usage at 91%\n',
      'config.txt': '{"name": "x", "version": "1.0.0", "dependencies": {"a": "^1.2.3"}}\n',
    };
    for (const [fileName, content] of Object.entries(notArticles)) {
      expect(refusal(fileName, content).message).toMatch(/does not read like an article/);
    }
  });

  it('names a saved error or robot-check page instead of the article', () => {
    const page = (title: string) =>
      `<html><head><title>${title} | Site</title></head><body><h1>${title}</h1><p>Sorry, the page you are looking for is not here. Try the search box above.</p></body></html>`;
    expect(refusal('saved.html', page('Page not found')).message).toMatch(
      /“Page not found” page, not the article/,
    );
    expect(refusal('saved.html', page('Just a moment...')).message).toMatch(/not the article/);
  });

  it('refuses a file over 2 MB with a way forward, and binary content', () => {
    const huge = `# Big\n\n${'What helps you rest tonight? '.repeat(ARTICLE_MAX_BYTES / 28 + 10)}`;
    const tooLarge = refusal('big.md', huge);
    expect(tooLarge.code).toBe('TOO_LARGE');
    expect(tooLarge.message).toMatch(/larger than 2 MB.*shorter file/);
    const binary = String.fromCharCode(...Array.from({ length: 4000 }, (_, index) => (index * 37) % 256));
    expect(refusal('photo.html', binary).message).toMatch(/does not look like text/);
  });
});

describe('hostile web pages and Markdown', () => {
  it('keeps scripts, frames, event handlers and script addresses out of every prompt', () => {
    const page = `<html><head><title>Healing</title><script>alert(0)</script>
      <meta http-equiv="refresh" content="0;url=javascript:alert(9)"></head><body onload="alert(1)">
      <h1>Healing Slowly</h1>
      <h2 onclick="alert(2)">Rest <script>alert('in a heading')</script>well</h2>
      <p>What helps you rest? <img src=x onerror="alert(3)"> See <a href="javascript:alert(4)">javascript:alert(4)</a> today.</p>
      <iframe srcdoc="<p>What is inside the frame?</p>"></iframe><object data="x.swf"><p>What object?</p></object>
      <h2>Friends</h2><p>Who do you trust? <svg onload="alert(6)"><text>What svg text?</text></svg>
      <b onclick="steal()">Call them</b>, or <a href="vbscript:msgbox(7)">write</a>.</p>
      <p>Explain &lt;script&gt;alert(8)&lt;/script&gt; to nobody.</p>
      <noscript><p>What noscript?</p></noscript><template><p>What template?</p></template></body></html>`;
    const pack = importArticle({ fileName: 'hostile.html', content: page });
    expect(pack.sections.map((section) => section.title)).toEqual(['Rest well', 'Friends']);
    const shown = shownText(pack);
    expect(shown).not.toMatch(EXECUTABLE);
    expect(shown).not.toMatch(/frame\?|object\?|svg text|noscript|template/);
    expect(shown).toContain('What helps you rest?');
    expect(shown).toContain('Who do you trust?');
  });

  it('keeps inline scripts and script links in Markdown out of every prompt', () => {
    const markdown =
      '# Healing\n\n## Rest\n\nWhat helps you rest tonight? <script>alert(1)</script> <img src=x onerror=alert(2)>\n\n' +
      '<iframe src="https://example.org"></iframe>\n\n## Friends\n\nWho do you trust most? [Call](javascript:alert(3)) ' +
      'JAVASCRIPT:alert(4) <b onclick="steal()">them</b> today.\n';
    const shown = shownText(importArticle({ fileName: 'hostile.md', content: markdown }));
    expect(shown).not.toMatch(EXECUTABLE);
    expect(shown).toContain('What helps you rest tonight?');
  });

  it('reads a page nested 100,000 elements deep', () => {
    const deep = `<h1>Deep</h1><h2>One</h2>${'<div><span>'.repeat(50_000)}<p>What keeps you going on hard days?</p><h2>Two</h2><p>Who helps you feel steady?</p>`;
    const pack = importArticle({ fileName: 'deep.html', content: deep });
    expect(pack.sections.flatMap((section) => section.prompts.map((prompt) => prompt.text))).toEqual([
      'What keeps you going on hard days?',
      'Who helps you feel steady?',
    ]);
  });
});

describe('questions too short to write about', () => {
  it('are not prompts in a spaced script, so the section’s advice is', () => {
    const pack = importArticle({
      fileName: 'feelings.md',
      content:
        '## Name the feeling\n\nBefore you text anyone, write down what you feel. Lonely? Bored? Angry?\n\n## Rest\n\nWhat helps you rest?\n',
    });
    expect(pack.sections[0]!.prompts.map((prompt) => prompt.quote)).toEqual([
      'Before you text anyone, write down what you feel.',
    ]);
  });

  it('still are in a script written without spaces', () => {
    const pack = importArticle({
      fileName: 'ja.md',
      content: '## 休息\n\n今日はどんな気分でしたか？\n\n## 友達\n\n誰に話せますか？\n',
    });
    expect(pack.sections.map((section) => section.prompts[0]?.text)).toEqual([
      '今日はどんな気分でしたか？',
      '誰に話せますか？',
    ]);
  });
});
