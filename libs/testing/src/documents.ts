import { execFile } from 'node:child_process';

import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import PizZip from 'pizzip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A document's text as a reader sees it: page by page, each page its paragraphs' text. */
export interface ReadDocument {
  pages: string[];
  text: string;
}

/**
 * The text of a DOCX read back with a real XML parser (xmldom) from its main part: paragraphs in
 * order, a `<w:br w:type="page"/>` starting a new page. For tests: nothing here trusts our writer.
 */
export function readDocx(file: Buffer): ReadDocument {
  const xml = new PizZip(file).file('word/document.xml')?.asText();
  if (!xml) throw new Error('not a DOCX: no word/document.xml');
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const pages: string[][] = [[]];
  const paragraphs = doc.getElementsByTagNameNS(W, 'p');
  for (let i = 0; i < paragraphs.length; i += 1) {
    const p = paragraphs.item(i);
    if (!p) continue;
    let text = '';
    const walk = (node: Node): void => {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        const el = child as Element;
        if (el.namespaceURI === W && el.localName === 't') text += el.textContent ?? '';
        else if (el.namespaceURI === W && el.localName === 'br') {
          if (el.getAttributeNS(W, 'type') === 'page') pages.push([]);
          else text += '\n';
        } else walk(child);
      }
    };
    walk(p);
    pages.at(-1)?.push(text);
  }
  const joined = pages.map((lines) => lines.join('\n'));
  return { pages: joined, text: joined.join('\n') };
}

/**
 * The text of a PDF by pdf-parse, page by page, in a child process: its pdf.js loads a worker
 * module by dynamic import, which jest's module sandbox refuses.
 */
export function readPdf(pdf: Buffer): Promise<ReadDocument> {
  const script = `const { PDFParse } = require('pdf-parse');
    const chunks = [];
    process.stdin.on('data', (c) => chunks.push(c));
    process.stdin.on('end', async () => {
      const result = await new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) }).getText();
      process.stdout.write(JSON.stringify({ pages: result.pages.map((p) => p.text), text: result.text }));
    });`;
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', script], { maxBuffer: 16 << 20 }, (err, out) =>
      err ? reject(err) : resolve(JSON.parse(out) as ReadDocument),
    );
    child.stdin?.end(pdf);
  });
}
