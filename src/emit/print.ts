/**
 * ts-morph structures → module text. The only place that turns declarations into text.
 */
import { IndentationText, NewLineKind, Project, QuoteKind, type StatementStructures, type WriterFunction } from "ts-morph";

function createProject(): Project {
  return new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: {
      indentationText: IndentationText.TwoSpaces,
      quoteKind: QuoteKind.Double,
      newLineKind: NewLineKind.LineFeed,
    },
  });
}

/** Header lines as `//` comments; a line that holds a line break becomes several comments. */
function headerWriter(header: string[]): WriterFunction {
  const lines = header.flatMap((line) => line.split(/\r\n|\r|\n/));
  return (writer) => {
    for (const line of lines) writer.writeLine(line === "" ? "//" : `// ${line}`);
  };
}

/** The text of a module: header comments, then the statements; 2-space indent, double quotes, a final newline. */
export function printModule({ header, statements }: { header: string[]; statements: StatementStructures[] }): string {
  const project = createProject();
  const body: (WriterFunction | StatementStructures)[] = header.length > 0 ? [headerWriter(header)] : [];
  const file = project.createSourceFile("module.ts", { statements: [...body, ...statements] });
  const text = file.getFullText();
  return text.endsWith("\n") ? text : `${text}\n`;
}
