// Slack has no offline Block Kit validator, so tests check the documented limits here
// (numbers from /work/shared/PLATFORMS.md and Slack's Block Kit reference).
// Lengths are counted in UTF-16 code units: never more lenient than Slack's own count.

export type BlockKitKind = 'message' | 'modal' | 'home';

type Obj = Record<string, unknown>;

const MAX_BLOCKS: Record<BlockKitKind, number> = { message: 50, modal: 100, home: 100 };

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const textOf = (v: unknown): string | undefined => {
  if (typeof v === 'string') return v;
  if (isObj(v) && typeof v.text === 'string') return v.text;
  return undefined;
};

class Collector {
  readonly out: string[] = [];
  private readonly blockIds = new Set<string>();

  max(where: string, what: string, value: string | undefined, limit: number): void {
    if (value !== undefined && value.length > limit) {
      this.out.push(`${where}: ${what} is ${value.length} characters, limit ${limit}`);
    }
  }

  count(where: string, what: string, n: number, limit: number): void {
    if (n > limit) this.out.push(`${where}: ${n} ${what}, limit ${limit}`);
  }

  blockId(where: string, id: unknown): void {
    if (typeof id !== 'string') return;
    this.max(where, 'block_id', id, 255);
    if (this.blockIds.has(id)) this.out.push(`${where}: block_id "${id}" is used more than once`);
    this.blockIds.add(id);
  }
}

function checkOptions(c: Collector, where: string, options: unknown[]): void {
  options.forEach((o, i) => {
    if (!isObj(o)) return;
    c.max(`${where}.options[${i}]`, 'text', textOf(o.text), 75);
    c.max(`${where}.options[${i}]`, 'description', textOf(o.description), 75);
    c.max(`${where}.options[${i}]`, 'value', typeof o.value === 'string' ? o.value : undefined, 150);
  });
}

function checkSelect(c: Collector, where: string, el: Obj): void {
  const groups = asArray(el.option_groups).filter(isObj);
  const options = [...asArray(el.options), ...groups.flatMap((g) => asArray(g.options))];
  c.count(where, 'options', options.length, 100);
  checkOptions(c, where, options);
  c.max(where, 'placeholder', textOf(el.placeholder), 150);
}

function checkPlainTextInput(c: Collector, where: string, el: Obj): void {
  const initial = typeof el.initial_value === 'string' ? el.initial_value : undefined;
  if (typeof el.max_length === 'number') {
    if (el.max_length > 3000) c.out.push(`${where}: max_length ${el.max_length}, limit 3000`);
    c.max(where, 'initial_value', initial, el.max_length);
  }
  c.max(where, 'placeholder', textOf(el.placeholder), 150);
}

/** A confirm dialog: text may be mrkdwn, the title and both buttons only plain_text. */
function checkConfirm(c: Collector, where: string, confirm: unknown): void {
  if (confirm === undefined) return;
  if (!isObj(confirm) || textOf(confirm.text) === undefined) {
    c.out.push(`${where}: confirm has no text`);
    return;
  }
  const parts = [['title', 100], ['text', 300], ['confirm', 30], ['deny', 30]] as const;
  for (const [key, limit] of parts) {
    c.max(where, key === 'confirm' ? 'confirm button' : `confirm ${key}`, textOf(confirm[key]), limit);
  }
  for (const key of ['title', 'confirm', 'deny'] as const) {
    const part = confirm[key];
    if (isObj(part) && part.type !== 'plain_text') c.out.push(`${where}: confirm ${key} is ${String(part.type)}, must be plain_text`);
  }
}

function checkElement(c: Collector, where: string, el: unknown): void {
  if (!isObj(el)) return;
  c.max(where, 'action_id', typeof el.action_id === 'string' ? el.action_id : undefined, 255);
  switch (el.type) {
    case 'button':
      c.max(where, 'button text', textOf(el.text), 75);
      c.max(where, 'button value', typeof el.value === 'string' ? el.value : undefined, 2000);
      c.max(where, 'button url', typeof el.url === 'string' ? el.url : undefined, 3000);
      checkConfirm(c, where, el.confirm);
      break;
    case 'static_select':
    case 'multi_static_select':
      checkSelect(c, where, el);
      break;
    case 'checkboxes':
    case 'radio_buttons':
      c.count(where, 'options', asArray(el.options).length, 10);
      checkOptions(c, where, asArray(el.options));
      break;
    case 'overflow':
      c.count(where, 'options', asArray(el.options).length, 5);
      checkOptions(c, where, asArray(el.options));
      break;
    case 'plain_text_input':
      checkPlainTextInput(c, where, el);
      break;
    default:
      break;
  }
}

function checkSection(c: Collector, where: string, b: Obj): void {
  const text = textOf(b.text);
  const fields = asArray(b.fields);
  if (text === undefined && fields.length === 0) c.out.push(`${where}: section needs text or fields`);
  c.max(where, 'section text', text, 3000);
  c.count(where, 'fields', fields.length, 10);
  fields.forEach((f, i) => c.max(`${where}.fields[${i}]`, 'field text', textOf(f), 2000));
  checkElement(c, `${where}.accessory`, b.accessory);
}

function checkBlock(c: Collector, where: string, b: unknown): void {
  if (!isObj(b)) {
    c.out.push(`${where}: block is not an object`);
    return;
  }
  c.blockId(where, b.block_id);
  const elements = asArray(b.elements);
  switch (b.type) {
    case 'section':
      checkSection(c, where, b);
      break;
    case 'header':
      c.max(where, 'header text', textOf(b.text), 150);
      break;
    case 'context':
      c.count(where, 'context elements', elements.length, 10);
      break;
    case 'actions':
      c.count(where, 'elements in actions block', elements.length, 25);
      elements.forEach((el, i) => checkElement(c, `${where}.elements[${i}]`, el));
      break;
    case 'input':
      c.max(where, 'input label', textOf(b.label), 2000);
      c.max(where, 'input hint', textOf(b.hint), 2000);
      checkElement(c, `${where}.element`, b.element);
      break;
    default:
      break;
  }
}

function checkBlocks(c: Collector, blocks: unknown, kind: BlockKitKind): void {
  if (blocks === undefined) return;
  if (!Array.isArray(blocks)) {
    c.out.push('blocks: not an array');
    return;
  }
  c.count(kind, 'blocks', blocks.length, MAX_BLOCKS[kind]);
  blocks.forEach((b, i) => {
    const id = isObj(b) && typeof b.block_id === 'string' ? ` "${b.block_id}"` : '';
    const type = isObj(b) && typeof b.type === 'string' ? b.type : '?';
    checkBlock(c, `blocks[${i}] (${type}${id})`, b);
  });
}

function checkView(c: Collector, view: Obj, kind: 'modal' | 'home'): void {
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  if (kind === 'modal') {
    c.max('modal', 'title', textOf(view.title), 24);
    c.max('modal', 'submit', textOf(view.submit), 24);
    c.max('modal', 'close', textOf(view.close), 24);
  }
  c.max(kind, 'private_metadata', str(view.private_metadata), 3000);
  c.max(kind, 'callback_id', str(view.callback_id), 255);
  c.max(kind, 'external_id', str(view.external_id), 255);
}

/** Human-readable Block Kit limit violations of a message (`{ text, blocks }`) or a view; [] when fine. */
export function blockKitViolations(payload: unknown, kind: BlockKitKind): string[] {
  const c = new Collector();
  if (!isObj(payload)) return [`${kind}: payload is not an object`];
  if (kind === 'message') {
    c.max('message', 'text', typeof payload.text === 'string' ? payload.text : undefined, 40000);
  } else {
    checkView(c, payload, kind);
  }
  checkBlocks(c, payload.blocks, kind);
  return c.out;
}
