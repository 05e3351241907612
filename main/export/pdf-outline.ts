/**
 * Reads a PDF's bookmarks (its document outline) as a tree of titles, for the tests of the PDF
 * export. Chromium's PDF writer (Skia) leaves outline items as plain, uncompressed objects, so
 * following /First and /Next from the catalog's /Outlines is enough; a PDF library that parses
 * every PDF would be a heavy dependency for this one check. Returns [] for a PDF with no outline.
 */

export interface OutlineItem {
  title: string;
  children: OutlineItem[];
}

function objectsOf(pdf: string): Map<string, string> {
  const objects = new Map<string, string>();
  for (const match of pdf.matchAll(/(?:^|\n)(\d+) 0 obj\s*([\s\S]*?)endobj/g))
    objects.set(match[1]!, match[2]!);
  return objects;
}

function reference(body: string, key: string): string | null {
  return new RegExp(`/${key} (\\d+) 0 R`).exec(body)?.[1] ?? null;
}

function literalString(text: string): string {
  return text.replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_match, escaped: string) => {
    const named: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
    if (named[escaped]) return named[escaped]!;
    return /^[0-7]+$/.test(escaped) ? String.fromCharCode(Number.parseInt(escaped, 8)) : escaped;
  });
}

function titleOf(body: string): string {
  const literal = /\/Title \(((?:\\.|[^\\)])*)\)/.exec(body);
  if (literal) return literalString(literal[1]!);
  const hex = /\/Title <([0-9A-Fa-f]*)>/.exec(body)?.[1] ?? '';
  // UTF-16BE with a byte-order mark, as PDF writes text that is not plain ASCII.
  const bytes = Buffer.from(hex, 'hex');
  return bytes[0] === 0xfe && bytes[1] === 0xff
    ? bytes.subarray(2).swap16().toString('utf16le')
    : bytes.toString('latin1');
}

export function readPdfOutline(pdf: Uint8Array): OutlineItem[] {
  const objects = objectsOf(Buffer.from(pdf).toString('latin1'));
  const catalog = [...objects.values()].find((body) => /\/Type\s*\/Catalog/.test(body));
  const root = catalog ? reference(catalog, 'Outlines') : null;
  const items = (firstId: string | null, depth: number): OutlineItem[] => {
    const list: OutlineItem[] = [];
    const visited = new Set<string>();
    for (
      let id = firstId;
      id && !visited.has(id) && depth < 10;
      id = reference(objects.get(id) ?? '', 'Next')
    ) {
      visited.add(id);
      const body = objects.get(id) ?? '';
      list.push({ title: titleOf(body), children: items(reference(body, 'First'), depth + 1) });
    }
    return list;
  };
  return root ? items(reference(objects.get(root) ?? '', 'First'), 0) : [];
}
