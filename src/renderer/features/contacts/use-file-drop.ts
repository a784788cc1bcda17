import { useEffect, useState } from 'react';
import { useNav } from '../../app/nav-store';
import { toast } from '../../components/toast-store';
import { call, desk, toApiError } from '../../lib/api';
import { useImport } from './import-store';

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/** Files dropped anywhere on the window start an import; returns true while a file hovers over it. */
export function useFileDrop(): boolean {
  const [hovering, setHovering] = useState(false);

  useEffect(() => {
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth++;
      setHovering(true);
    };
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = useImport.getState().step === 'running' ? 'none' : 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setHovering(false);
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      // Without this the browser would navigate to the file and the app would be gone.
      event.preventDefault();
      depth = 0;
      setHovering(false);
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      if (useImport.getState().step === 'running') {
        toast('warn', 'An import is already running', 'Wait for it to finish or cancel it, then drop the sheet again.');
        return;
      }
      void openDropped(file);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  return hovering;
}

async function openDropped(file: File): Promise<void> {
  useNav.getState().go('contacts');
  let grant: { fileId: string; fileName: string };
  try {
    grant = await call(desk().openDroppedFile(file));
  } catch (cause) {
    useImport.getState().begin();
    toast('warn', `Could not open “${file.name}” by dropping it here`, toApiError(cause).message);
    return;
  }
  await useImport.getState().openGranted(grant.fileId, grant.fileName);
}
