// Content-Type by extension (src/service-worker/content-types.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentTypeFor } from '../../src/service-worker/content-types.js';

const none = new Uint8Array(0);
const ascii = (text: string) => new TextEncoder().encode(text);

test('course file types get their registered types', () => {
  const expected: Record<string, string> = {
    'index.html': 'text/html; charset=utf-8',
    'a/b/page.htm': 'text/html; charset=utf-8',
    'app.js': 'text/javascript; charset=utf-8',
    'app.mjs': 'text/javascript; charset=utf-8',
    'style.css': 'text/css; charset=utf-8',
    'data.json': 'application/json',
    'imsmanifest.xml': 'application/xml',
    'logo.svg': 'image/svg+xml',
    'a.png': 'image/png',
    'a.jpg': 'image/jpeg',
    'a.jpeg': 'image/jpeg',
    'a.gif': 'image/gif',
    'a.webp': 'image/webp',
    'favicon.ico': 'image/x-icon',
    'f.woff': 'font/woff',
    'f.woff2': 'font/woff2',
    'f.ttf': 'font/ttf',
    'f.otf': 'font/otf',
    'a.mp3': 'audio/mpeg',
    'v.mp4': 'video/mp4',
    'a.m4a': 'audio/mp4',
    'v.webm': 'video/webm',
    'a.ogg': 'audio/ogg',
    'a.oga': 'audio/ogg',
    'v.ogv': 'video/ogg',
    'a.wav': 'audio/wav',
    'captions.vtt': 'text/vtt; charset=utf-8',
    'doc.pdf': 'application/pdf',
    'old.swf': 'application/x-shockwave-flash',
    'readme.txt': 'text/plain; charset=utf-8',
  };
  for (const [path, type] of Object.entries(expected)) assert.equal(contentTypeFor(path, none), type, path);
});

test('extensions are matched case-insensitively', () => {
  assert.equal(contentTypeFor('IMAGES/PHOTO.JPG', none), 'image/jpeg');
  assert.equal(contentTypeFor('Index.HTML', none), 'text/html; charset=utf-8');
});

test('unknown extensions, no extension and dotted folders are application/octet-stream', () => {
  for (const path of ['data.bin', 'README', 'v1.2/README', '.html/x', 'a.__proto__', 'a.constructor', 'a.toString']) {
    assert.equal(contentTypeFor(path, none), 'application/octet-stream', path);
  }
});

test('an HTML page that names its charset in a meta gets none in the header', () => {
  assert.equal(contentTypeFor('index.html', ascii('<html><head><meta charset="windows-1252">')), 'text/html');
  assert.equal(
    contentTypeFor('index.html', ascii('<HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-1">')),
    'text/html',
  );
});

test('a meta charset past the first 1024 bytes is not looked for, as by browsers', () => {
  const page = ascii(`<html><!--${'x'.repeat(1100)}--><meta charset="windows-1252">`);
  assert.equal(contentTypeFor('index.html', page), 'text/html; charset=utf-8');
});
