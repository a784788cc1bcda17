import { describe, expect, it } from 'vitest';
import { completionAt, findReferences, parseTemplate, renderTemplate, spokenLength } from '../../../src/shared/template';

const SAMPLE = 'Hi @@Name @@Last name , your order ID is @@Order ID . Press 1 to proceed, press 2 to abort';
const HEADERS = ['Name', 'Last name', 'Order ID'];

describe('the reference sample', () => {
  it('finds the three headers, spaces and all', () => {
    expect(findReferences(SAMPLE, HEADERS)).toEqual({ used: ['Name', 'Last name', 'Order ID'], unknown: [] });
  });

  it('renders what one contact hears', () => {
    const out = renderTemplate(SAMPLE, HEADERS, { Name: 'Asha', 'Last name': 'Rao', 'Order ID': 'A-1001' });
    expect(out.text).toBe('Hi Asha Rao , your order ID is A-1001 . Press 1 to proceed, press 2 to abort');
    expect(out.empty).toEqual([]);
  });
});

describe('matching', () => {
  it('prefers the longest name when one starts another', () => {
    const names = ['Name', 'Name Full'];
    expect(renderTemplate('@@Name Full and @@Name', names, { Name: 'A', 'Name Full': 'B C' }).text).toBe('B C and A');
  });

  it('takes a reference right before punctuation', () => {
    expect(renderTemplate('Dear @@Name, due on @@Date.', ['Name', 'Date'], { Name: 'Ravi', Date: '5 Dec' }).text).toBe(
      'Dear Ravi, due on 5 Dec.',
    );
  });

  it('is exact about case, as Exotel is', () => {
    expect(findReferences('Hi @@name', ['Name'])).toEqual({ used: [], unknown: ['name'] });
  });

  it('reports a trailing @@ as an unknown reference with no name', () => {
    const segments = parseTemplate('Call us @@', ['Name']);
    expect(segments).toEqual([
      { kind: 'text', text: 'Call us ' },
      { kind: 'unknown', word: '', from: 8, to: 10 },
    ]);
    expect(renderTemplate('Call us @@', ['Name'], {}).text).toBe('Call us @@');
  });

  it('keeps an unknown reference in the text as written and names it', () => {
    const text = 'Dear @@FirstName, due @@due_date';
    expect(findReferences(text, ['first_name', 'due_date'])).toEqual({ used: ['due_date'], unknown: ['FirstName'] });
    expect(renderTemplate(text, ['first_name', 'due_date'], { due_date: 'today' }).text).toBe('Dear @@FirstName, due today');
  });
});

describe('values', () => {
  it('carries Devanagari and emoji values through unchanged', () => {
    const out = renderTemplate('नमस्ते @@नाम 🙏 @@Note', ['नाम', 'Note'], { नाम: 'आशा', Note: '🎉 offer' });
    expect(out.text).toBe('नमस्ते आशा 🙏 🎉 offer');
  });

  it('names referenced variables that are empty for the contact', () => {
    const out = renderTemplate('your order ID is @@Order ID .', HEADERS, { 'Order ID': '  ' });
    expect(out.text).toBe('your order ID is    .');
    expect(out.empty).toEqual(['Order ID']);
  });
});

describe('spoken length', () => {
  it('counts words and estimates seconds at about 150 words a minute', () => {
    expect(spokenLength('Hello Asha , your bill of 450 is due')).toEqual({ words: 8, seconds: 4 });
    expect(spokenLength('   ')).toEqual({ words: 0, seconds: 0 });
  });
});

describe('autocomplete', () => {
  const names = ['First Name', 'Order ID', 'Amount Due'];

  it('offers names starting with what was typed after @@, then those containing it', () => {
    const text = 'Hi @@fi';
    expect(completionAt(text, text.length, names)).toEqual({ from: 3, query: 'fi', options: ['First Name'] });
    expect(completionAt('Hi @@d', 6, names)?.options).toEqual(['Order ID', 'Amount Due']);
  });

  it('offers every name right after @@ and nothing outside a reference', () => {
    expect(completionAt('Hi @@', 5, names)?.options).toEqual(names);
    expect(completionAt('Hi there', 8, names)).toBeNull();
    expect(completionAt('Hi @@Order ID is', 16, names)).toBeNull();
  });
});
