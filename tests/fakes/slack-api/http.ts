// Reading requests and writing answers the way Slack's WebClient and Bolt's respond() expect.
import type http from 'node:http';
import { isJson } from './state.js';
import type { Body, Json } from './types.js';

const JSON_KEYS = new Set(['blocks', 'attachments', 'view', 'files', 'metadata']);

export const bearer = (header: string | undefined): string | undefined => /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];

export async function readRaw(req: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}

/** WebClient sends form fields with nested objects as JSON strings; Bolt's respond() sends JSON. */
export async function parseBody(raw: Buffer, contentType: string): Promise<Body> {
  const text = raw.toString('utf8');
  if (text === '') return {};
  if (contentType.includes('application/json')) {
    const parsed: unknown = JSON.parse(text);
    return isJson(parsed) ? parsed : { value: parsed };
  }
  const form = contentType.startsWith('multipart/')
    ? await new Response(new Uint8Array(raw), { headers: { 'content-type': contentType } }).formData()
    : new URLSearchParams(text);
  const body: Body = {};
  form.forEach((value, key) => {
    body[key] = typeof value === 'string' && JSON_KEYS.has(key) ? JSON.parse(value) : value;
  });
  return body;
}

export async function multipartFile(raw: Buffer, contentType: string): Promise<Buffer> {
  const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': contentType } }).formData();
  for (const value of form.values()) {
    if (typeof value !== 'string') return Buffer.from(await value.arrayBuffer());
  }
  return Buffer.alloc(0);
}

export function send(res: http.ServerResponse, status: number, body: Json, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(body));
}
