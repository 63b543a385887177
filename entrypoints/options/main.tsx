// Wiring only: the database and a way to hand files to the browser.
import { render } from 'preact';
import { OptionsApp } from '../../components/OptionsApp';
import type { DownloadFile } from '../../components/export-formats';
import { ClausemarkDB } from '../../utils/db';
import '../../components/theme.css';
import './style.css';

/** Save through a blob URL and <a download>: no "downloads" permission needed. */
function save(file: DownloadFile): void {
  const url = URL.createObjectURL(new Blob([file.data as BlobPart], { type: file.type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  document.body.append(a);
  a.click();
  a.remove();
  // revoked later: the browser reads the blob after click() returns
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

render(<OptionsApp db={new ClausemarkDB()} save={save} />, document.getElementById('app')!);
