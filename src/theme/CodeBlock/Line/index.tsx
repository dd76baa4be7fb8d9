/**
 * The theme's code line. For the server HTML of a code block island (see ../index.tsx) a line is its
 * text and a `data-hl` list of coloured ranges, instead of an element per token.
 */
import React, { createContext, useContext } from 'react';
import OriginalLine from '@theme-original/CodeBlock/Line';
import type { Props } from '@theme/CodeBlock/Line';
import { colourHighlightName, encodeHighlights } from '@site/src/components/codeHighlights';

export const PlainCodeLines = createContext(false);

export default function CodeBlockLine(props: Props): React.JSX.Element {
  const plain = useContext(PlainCodeLines);
  if (!plain || props.showLineNumbers) return <OriginalLine {...props} />;
  const { line: lineProp, classNames, getLineProps, getTokenProps } = props;
  // As the theme's line: a line holding only '\n' is written empty (the <br/> ends it).
  const line = lineProp.length === 1 && lineProp[0].content === '\n' ? [{ ...lineProp[0], content: '' }] : lineProp;
  const lineProps = getLineProps({ line, className: classNames?.join(' ') });
  const parts = line.map((token) => {
    const { children, style } = getTokenProps({ token });
    const plainToken = token.types.length === 1 && token.types[0] === 'plain';
    return { text: String(children), name: plainToken ? undefined : colourHighlightName(style?.color) };
  });
  return (
    <div {...lineProps} data-hl={encodeHighlights(parts) || undefined}>
      {parts.map((p) => p.text).join('')}
      <br />
    </div>
  );
}
