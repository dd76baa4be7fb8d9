/**
 * The theme's code block with Prism, loaded on demand (see ./index.tsx). Prism's grammars are built
 * when the module runs (~140 ms on a laptop, 4× that on a phone), so they are registered here rather
 * than in a client module on every page's first load.
 */
import type { ComponentType } from 'react';
import { Prism } from 'prism-react-renderer';
import prismIncludeLanguages from '@theme/prism-include-languages';
import OriginalCodeBlock from '@theme-original/CodeBlock';
import type { Props } from '@theme/CodeBlock';

prismIncludeLanguages(Prism);

const CodeBlock: ComponentType<Props> = OriginalCodeBlock;
export default CodeBlock;
