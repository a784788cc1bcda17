// @vitest-environment jsdom
import { Profiler } from 'react';
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MapStep } from '../../../src/renderer/features/contacts/map-step';
import { useImport } from '../../../src/renderer/features/contacts/import-store';
import { resetAllStores } from '../../../src/renderer/lib/create-store';
import { inspectSheet, SAMPLE_SHEET } from '../fake/fake-sheets';

afterEach(() => resetAllStores());

// Typing in the mapping form must not lag behind a running job: the form draws again only for what it shows.
describe('column mapping while other import state changes', () => {
  it('draws again for the list name it shows, not for a job or a file check it does not', () => {
    useImport.setState({
      step: 'map',
      preview: inspectSheet('/home/staff/dues.csv', SAMPLE_SHEET),
      phoneColumn: 1,
      columns: [],
      listName: 'Dues',
    });
    let draws = 0;
    render(
      <Profiler id="map" onRender={() => (draws += 1)}>
        <MapStep />
      </Profiler>,
    );
    const before = draws;

    act(() => useImport.setState({ inspecting: true, jobId: 'job-1', listIdsBefore: ['l1'] }));
    expect(draws).toBe(before);

    act(() => useImport.getState().setListName('November dues'));
    expect(draws).toBeGreaterThan(before);
    expect(screen.getByRole('textbox', { name: /List name/ })).toHaveValue('November dues');
  });
});
