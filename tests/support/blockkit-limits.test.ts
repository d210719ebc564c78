import { describe, expect, it } from 'vitest';
import { blockKitViolations } from './blockkit-limits.js';

const plain = (text: string) => ({ type: 'plain_text', text });
const mrkdwn = (text: string) => ({ type: 'mrkdwn', text });
const button = (text: string, value = 'v', actionId = 'a') => ({ type: 'button', action_id: actionId, text: plain(text), value });
const x = (n: number) => 'x'.repeat(n);

const scoreMessage = {
  text: 'Scoreronde 1',
  blocks: [
    { type: 'header', block_id: 'title', text: plain('Scoreronde 1') },
    { type: 'section', block_id: 'intro', text: mrkdwn('Geef elk onderdeel een score van 1 tot 4.'), fields: [mrkdwn('*Stemmen*'), mrkdwn('3 van 8')] },
    { type: 'actions', block_id: 'vote', elements: [1, 2, 3, 4].map((n) => button(String(n), String(n), `score_${n}`)) },
    { type: 'context', elements: [mrkdwn('Sluit vrijdag')] },
  ],
};

describe('blockKitViolations', () => {
  it('accepts a realistic score message', () => {
    expect(blockKitViolations(scoreMessage, 'message')).toEqual([]);
  });

  it('allows 100 blocks in a modal but only 50 in a message', () => {
    const blocks = Array.from({ length: 60 }, () => ({ type: 'divider' }));
    expect(blockKitViolations({ text: 't', blocks }, 'message')).toEqual(['message: 60 blocks, limit 50']);
    expect(blockKitViolations({ type: 'modal', title: plain('Score'), blocks }, 'modal')).toEqual([]);
    expect(blockKitViolations({ type: 'home', blocks: [...blocks, ...blocks] }, 'home')).toEqual(['home: 120 blocks, limit 100']);
  });

  it('checks a button\'s confirm dialog: its limits, and plain text where Slack takes only that', () => {
    const confirm = (title: string, text: string, yes: string, no: string) => ({ title: plain(title), text: plain(text), confirm: plain(yes), deny: plain(no) });
    const asking = (c: unknown) => ({ text: 't', blocks: [{ type: 'actions', block_id: 'close', elements: [{ ...button('Sluiten'), confirm: c }] }] });
    expect(blockKitViolations(asking(confirm(x(100), x(300), x(30), x(30))), 'message')).toEqual([]);
    const at = 'blocks[0] (actions "close").elements[0]';
    expect(blockKitViolations(asking(confirm(x(101), x(301), x(31), x(31))), 'message')).toEqual([
      `${at}: confirm title is 101 characters, limit 100`,
      `${at}: confirm text is 301 characters, limit 300`,
      `${at}: confirm button is 31 characters, limit 30`,
      `${at}: confirm deny is 31 characters, limit 30`,
    ]);
    expect(blockKitViolations(asking({ ...confirm('a', 'b', 'c', 'd'), title: mrkdwn('a') }), 'message')).toEqual([`${at}: confirm title is mrkdwn, must be plain_text`]);
    expect(blockKitViolations(asking({ title: plain('a'), confirm: plain('c'), deny: plain('d') }), 'message')).toEqual([`${at}: confirm has no text`]);
  });

  it('names the block and the limit for over-long texts', () => {
    const message = {
      text: x(40001),
      blocks: [
        { type: 'section', block_id: 'long', text: mrkdwn(x(3001)) },
        { type: 'header', text: plain(x(151)) },
        { type: 'section', fields: Array.from({ length: 11 }, () => mrkdwn(x(2001))) },
      ],
    };
    const problems = blockKitViolations(message, 'message');
    expect(problems).toContain('message: text is 40001 characters, limit 40000');
    expect(problems).toContain('blocks[0] (section "long"): section text is 3001 characters, limit 3000');
    expect(problems).toContain('blocks[1] (header): header text is 151 characters, limit 150');
    expect(problems).toContain('blocks[2] (section): 11 fields, limit 10');
    expect(problems).toContain('blocks[2] (section).fields[10]: field text is 2001 characters, limit 2000');
  });

  it('checks buttons, actions blocks and ids', () => {
    const elements = Array.from({ length: 26 }, (_, i) => button(i === 0 ? x(76) : 'ok', i === 1 ? x(2001) : 'v', i === 2 ? x(256) : `a${i}`));
    const problems = blockKitViolations({ text: 't', blocks: [{ type: 'actions', block_id: x(256), elements }] }, 'message');
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/block_id is 256 characters, limit 255/),
        expect.stringMatching(/26 elements in actions block, limit 25/),
        expect.stringMatching(/elements\[0\]: button text is 76 characters, limit 75/),
        expect.stringMatching(/elements\[1\]: button value is 2001 characters, limit 2000/),
        expect.stringMatching(/elements\[2\]: action_id is 256 characters, limit 255/),
      ]),
    );
  });

  it('finds duplicate block_ids', () => {
    const blocks = [
      { type: 'section', block_id: 'row', text: mrkdwn('a') },
      { type: 'section', block_id: 'row', text: mrkdwn('b') },
    ];
    expect(blockKitViolations({ text: 't', blocks }, 'message')).toEqual(['blocks[1] (section "row"): block_id "row" is used more than once']);
  });

  it('checks context elements and sections without content', () => {
    const blocks = [{ type: 'context', elements: Array.from({ length: 11 }, () => mrkdwn('c')) }, { type: 'section' }];
    expect(blockKitViolations({ text: 't', blocks }, 'message')).toEqual([
      'blocks[0] (context): 11 context elements, limit 10',
      'blocks[1] (section): section needs text or fields',
    ]);
  });

  it('checks the modal frame: title, buttons and private_metadata', () => {
    const modal = { type: 'modal', title: plain('Scoreronde onderdeel 10 invullen'), submit: plain('Opslaan'), close: plain(x(25)), private_metadata: x(3001), blocks: [] };
    expect(blockKitViolations(modal, 'modal')).toEqual([
      'modal: title is 32 characters, limit 24',
      'modal: close is 25 characters, limit 24',
      'modal: private_metadata is 3001 characters, limit 3000',
    ]);
  });

  it('checks select options and input fields', () => {
    const options = Array.from({ length: 101 }, (_, i) => ({ text: plain(i === 0 ? x(76) : `o${i}`), value: i === 1 ? x(151) : `v${i}` }));
    const blocks = [
      { type: 'input', block_id: 'pick', label: plain(x(2001)), element: { type: 'static_select', action_id: 's', options } },
      { type: 'input', block_id: 'note', label: plain('Toelichting'), element: { type: 'plain_text_input', action_id: 't', max_length: 5, initial_value: 'zes tekens' } },
    ];
    const problems = blockKitViolations({ type: 'modal', title: plain('Plan'), blocks }, 'modal');
    expect(problems).toEqual([
      'blocks[0] (input "pick"): input label is 2001 characters, limit 2000',
      'blocks[0] (input "pick").element: 101 options, limit 100',
      'blocks[0] (input "pick").element.options[0]: text is 76 characters, limit 75',
      'blocks[0] (input "pick").element.options[1]: value is 151 characters, limit 150',
      'blocks[1] (input "note").element: initial_value is 10 characters, limit 5',
    ]);
  });

  it('reports a payload that is not an object', () => {
    expect(blockKitViolations('hallo', 'message')).toEqual(['message: payload is not an object']);
  });
});
