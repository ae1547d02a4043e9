import "server-only";
import { getMDXComponent, type MDXContentProps } from "mdx-bundler/client";

type Props = {
  /** Code from mdx-bundler, compiled at build time. */
  code: string;
  components: MDXContentProps["components"];
};

/** Evaluates compiled MDX. Server only: the browser never runs MDX code (and needs no 'unsafe-eval'). */
export function MdxContent({ code, components }: Props) {
  const Content = getMDXComponent(code);
  // A server component renders once and holds no state, so creating the component here is safe.
  // eslint-disable-next-line react-hooks/static-components
  return <Content components={components} />;
}
