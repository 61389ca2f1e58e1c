#!/usr/bin/env node
// Builds the DOCX templates that ship with Haven (issue 19) from their plain-text sources in
// apps/api/src/documents/templates/source/<key>.txt. The .docx files are committed; run this after
// editing a source: `node scripts/build-document-templates.mjs` (add --check to fail on a stale file).
//
// Source lines: '# text' a bold centred heading; '---page---' a page break; '{#x}' / '{/x}' alone on
// a line a docxtemplater section whose paragraphs go away when x is empty; anything else one
// paragraph. Each paragraph is a single run, so every {placeholder} stays whole for docxtemplater.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const PizZip = require('pizzip');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'apps/api/src/documents/templates');
// A fixed timestamp, so building twice gives the same bytes.
const STAMP = new Date('2026-01-01T00:00:00Z');

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function escapeXml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function paragraph(line) {
  if (line === '---page---') return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
  if (line.startsWith('# ')) {
    return (
      '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr>' +
      `<w:t xml:space="preserve">${escapeXml(line.slice(2))}</w:t></w:r></w:p>`
    );
  }
  if (line === '') return '<w:p/>';
  return `<w:p><w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`;
}

function documentXml(source) {
  const lines = source.replace(/\n$/, '').split('\n');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<w:document xmlns:w="${W}"><w:body>` +
    lines.map(paragraph).join('') +
    '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/>' +
    '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/>' +
    '</w:sectPr></w:body></w:document>'
  );
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
  '</Types>';

const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '</Relationships>';

const DOCUMENT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
  '</Relationships>';

// One default: 12 pt Times New Roman, a little space after each paragraph.
const STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr>` +
  '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>' +
  '<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault>' +
  '<w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
  '</w:styles>';

function build(source) {
  const zip = new PizZip();
  const opts = { date: STAMP };
  zip.file('[Content_Types].xml', CONTENT_TYPES, opts);
  zip.file('_rels/.rels', ROOT_RELS, opts);
  zip.file('word/_rels/document.xml.rels', DOCUMENT_RELS, opts);
  zip.file('word/styles.xml', STYLES, opts);
  zip.file('word/document.xml', documentXml(source), opts);
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const check = process.argv.includes('--check');
let stale = 0;
for (const name of readdirSync(join(dir, 'source'))
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const key = name.replace(/\.txt$/, '');
  const built = build(readFileSync(join(dir, 'source', name), 'utf8'));
  const target = join(dir, `${key}.docx`);
  if (check) {
    let current = null;
    try {
      current = readFileSync(target);
    } catch {
      current = null;
    }
    if (!current || !current.equals(built)) {
      console.error(`stale: ${target}`);
      stale += 1;
    }
  } else {
    writeFileSync(target, built);
    console.log(`wrote ${target}`);
  }
}
if (stale > 0) process.exit(1);
