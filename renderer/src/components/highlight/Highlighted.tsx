import { highlightPieces, type TextRange } from './highlight-pieces.ts';

interface HighlightedProps {
  text: string;
  ranges: readonly TextRange[];
}

/** Text with its search matches wrapped in <mark>; built from slices, so the text is never parsed as markup. */
export function Highlighted({ text, ranges }: HighlightedProps) {
  if (ranges.length === 0) return <>{text}</>;
  let offset = 0;
  return (
    <>
      {highlightPieces(text, ranges).map((piece) => {
        const key = offset;
        offset += piece.text.length;
        return piece.highlighted ? <mark key={key}>{piece.text}</mark> : <span key={key}>{piece.text}</span>;
      })}
    </>
  );
}
