// Package argdown reads and writes Argdown (https://argdown.org), the
// Markdown-like syntax for argument maps, as Argmap maps.
//
// Reading is two steps: Parse turns the text into a Document (statements,
// arguments with their premise-conclusion structures, relations, as Argdown
// sees them), and Document.Map turns that into an argmap.Map. Decode does
// both. Errors are *Error values that name the line and column.
//
// # How Argdown maps onto Argmap
//
//   - A statement is a claim. Statements with the same title are one claim
//     (Argdown's equivalence class); its text is the first non-empty
//     definition, or the title when the statement is only referenced.
//     Untitled statements, including plain paragraphs of prose, are claims
//     of their own, as in Argdown's JSON export.
//   - An argument with a premise-conclusion structure (PCS) becomes one pro
//     argument per inference step: the premises are linked co-premises and
//     the conclusion is the target. Without {uses: [...]} a step's premises
//     are the previous conclusion (if any) and the statements after it, so
//     intermediate conclusions chain. The inference rules become the Scheme
//     of the step; the argument's tags and a comment "<Title>: description"
//     go on the final step, its main inference.
//   - An argument without a PCS is represented by a claim holding its
//     description (its title when it has none), tagged with the argument's
//     tags and commented with "Argdown argument <Title>".
//   - Wherever a relation starts from an argument, the argument stands for
//     what it says: its main conclusion when reconstructed, otherwise the
//     claim of its description. "A attacks S" becomes a con argument whose
//     premise is that claim; "A supports S" a pro argument.
//   - A relation aimed at a reconstructed argument is aimed at its main
//     inference: a support becomes a pro argument on the inference, and an
//     attack or an undercut a con argument on it (an undercutter). Argdown
//     does not say which premise a sketched attack hits; either way the
//     argument no longer goes through, which is what the undercut says.
//     Aimed at an argument without PCS, supports and attacks go to its
//     description claim, and an undercut to the inferences made from that
//     argument's own outgoing relations (or to its claim when it has none).
//   - Contradiction (><) is two con arguments, one each way; so is a
//     contrary (an attack between two statements in a file whose front
//     matter sets Argdown's strict mode), which is symmetric too. In the
//     default (loose) mode an attack between statements is one con
//     argument, as Argdown reads it.
//   - A relation from an argument to its own conclusion ([P] <+ <A>, A
//     concluding [P]) says what the PCS says and is dropped, as Argdown
//     drops it.
//   - List items (* item, 1. item) are statements of their own. Relation
//     lines nest as Argdown's lexer nests them: a line shallower than the
//     one above closes every deeper level and joins the level it lands on.
//   - A PCS belongs to the argument at the root of the block before it;
//     after any other block (a statement with an argument in a relation
//     below it) it is an anonymous argument of its own.
//   - Headings are groups: the claims first met under a heading are tagged
//     with its title, unless the heading says {isGroup: false}.
//   - Tags at the end of a text are removed from it; tags inside the text
//     stay in it. Both become tags. Bold, italic, links and mentions stay as
//     typed. Runs of white space become one space, as Argdown does. Data
//     blocks {...} are read for {uses: [...]}; a statement's data blocks
//     and its title (where Encode would not derive the same title) are kept
//     in a comment "Argdown statement [Title] {data}" that Encode reads
//     back.
//   - Front matter gives the title (with its subTitle or subtitle joined
//     to it: "Title: Subtitle"), the authors, the mode and the date (the
//     map's creation date, where day and month cannot be mistaken for
//     each other; else a warning); the rest is ignored. Decode skips @include lines; DecodeFile follows them.
//   - Each Argdown argument's inference is its own: two arguments saying
//     the same stay two. Identical plain relations are one, as in Argdown.
//
// # Writing
//
// Encode writes the title, the authors and the creation date (as
// 2018-10-19: the day, ISO, which no reader takes the wrong way round) in
// front matter, then every claim as a titled statement (titles kept from an
// Argdown import, else derived from the text, or the title of the Argdown
// argument it came from), then every argument. Texts are escaped for
// Argdown's lexer: references, tags, data and comments always, * and _
// only when they would open a bold or italic range that does not close;
// Markdown links stay links. A pro argument from one premise to a claim,
// with no scheme or annotations and not itself the target of an argument,
// is written as a relation ([T] <+ [P]); so is a con argument of that kind
// ([T] <- [P]); a second one saying the same gets a PCS, since Argdown
// merges identical relations. Two such con relations between the same
// claims, one each way (what a contradiction or a contrary reads as), are
// written as one contradiction ([T] >< [P]): Argmap does not tell a
// contrary from a contradiction, and Argdown has no sign for a contrary
// outside strict mode, which would turn every other attack between
// statements into one too. Every other argument is an Argdown argument with a PCS. A
// con argument, or one aimed at an argument, has no conclusion of its own:
// its PCS ends in a stand-in conclusion marked {argmap: implicit} that
// points at the target (-> [T], _> <A>, +> <A>), and reading folds it away
// again. What Argdown cannot hold is lost: positions, assessments, colours,
// anchors, challenges, the dialogue layer (Map.Dialogue), comments other
// than the argument description (they are written as // comments) and line
// breaks inside a text.
package argdown
