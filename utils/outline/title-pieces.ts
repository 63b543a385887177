/**
 * The document's own title as the body prints it before its text, often set over several lines ("Statement of
 * Principles" / "concerning" / "ANXIETY DISORDER" / "No. 102 of 2014"; 海外留学生看两会： / 出国前后关注点大不同): those
 * lines are no headings. A line that is only the title's last part is a piece of it below the title's first part, or
 * before any sentence; after a photo's caption, alone, it names the first section, as the title ends.
 */
import { isOwnTitle, nospace, opensTitle } from './heads';

export class TitlePieces {
  private opened = false;
  private sentence = false;

  constructor(private readonly docTitle: string) {}

  /** Each line, in order, as it is classified; `prose`: the body's text has begun. */
  see(text: string, prose: boolean): void {
    if (!prose && nospace(text).length >= 4 && opensTitle(text, this.docTitle)) this.opened = true;
    this.sentence ||= /[。！？]|[.!?]\s*$/.test(text);
  }

  /** `text` is the title, or a piece of it where a piece may stand. */
  isOwn(text: string): boolean {
    return isOwnTitle(text, this.docTitle) && (this.opened || !this.sentence || opensTitle(text, this.docTitle));
  }

  /** Lines were taken for the title: the next may be its further pieces. */
  taken(): void {
    this.opened = true;
  }
}
