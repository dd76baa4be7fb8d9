import React from 'react';
import CodeBlock from '@theme/CodeBlock';

// Temporary: shows the example's code until the live runner lands (issue 4 replaces this file).
export default function LiveExample({code, title}: {code: string; title?: string}): React.JSX.Element {
  return <CodeBlock language="tsx" title={title}>{code}</CodeBlock>;
}
