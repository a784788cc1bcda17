import { describe, expect, it } from 'vitest';
import { guessNameColumns, joinName } from '../../../src/shared/contacts/name-columns';

const guess = (headers: string[], skip: number | null = null): string[] => guessNameColumns(headers, skip).map((i) => headers[i] ?? '');

describe('the name column of a sheet', () => {
  it('finds a column that holds the whole name, whatever it is called', () => {
    expect(guess(['Mobile', 'Name', 'City'])).toEqual(['Name']);
    expect(guess(['Phone', 'Customer Name', 'Amount'])).toEqual(['Customer Name']);
    expect(guess(['Full name', 'number'])).toEqual(['Full name']);
    expect(guess(['contact_name', 'msisdn'])).toEqual(['contact_name']);
    expect(guess(['CustomerName', 'Mobile'])).toEqual(['CustomerName']);
  });

  it('puts first, middle and last names together in that order, as Google and Outlook export them', () => {
    expect(guess(['Last Name', 'Phone', 'First Name'])).toEqual(['First Name', 'Last Name']);
    expect(guess(['First Name', 'Middle Name', 'Last Name', 'Mobile Phone'])).toEqual(['First Name', 'Middle Name', 'Last Name']);
    expect(guess(['first_name', 'last_name', 'number'])).toEqual(['first_name', 'last_name']);
    expect(guess(['Given Name', 'Family Name', 'Phone 1 - Value'])).toEqual(['Given Name', 'Family Name']);
    expect(guess(['First Name', 'phone'])).toEqual(['First Name']);
  });

  it('prefers the whole name to its parts, and takes no company, user or father’s name for a person’s', () => {
    expect(guess(['First Name', 'Last Name', 'Name', 'Phone'])).toEqual(['Name']);
    expect(guess(['Company Name', 'Phone', 'Customer Name'])).toEqual(['Customer Name']);
    expect(guess(['Company Name', 'User Name', 'File name', "Father's Name", 'Phone'])).toEqual([]);
    expect(guess(['Phone', 'Amount', 'Due date'])).toEqual([]);
  });

  it('never takes the phone column', () => {
    expect(guess(['Name', 'Other'], 0)).toEqual([]);
  });

  it('joins the parts that have text with one space', () => {
    expect(joinName(['Asha', '', ' Rao '])).toBe('Asha Rao');
    expect(joinName([undefined, ' '])).toBe('');
  });
});
