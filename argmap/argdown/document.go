package argdown

// RelationType is the kind of an Argdown relation.
type RelationType string

// Relation types. Contrary is an attack between two statements in a file
// whose front matter sets Argdown's strict mode (model: mode: strict);
// like a contradiction it is symmetric.
const (
	Support       RelationType = "support"
	Attack        RelationType = "attack"
	Undercut      RelationType = "undercut"
	Contradictory RelationType = "contradictory"
	Contrary      RelationType = "contrary"
)

// symmetric reports whether the relation holds both ways.
func (t RelationType) symmetric() bool { return t == Contradictory || t == Contrary }

// Document is Argdown text as Argdown sees it, before it becomes a map.
type Document struct {
	Title   string
	Authors []string
	// Subtitle is the front matter's subTitle (or subtitle); Map joins it
	// to the title, the map's only place for it.
	Subtitle string
	// Date is the front matter's date as written ("19/10/2018"); Map
	// reads it as the map's creation date where it is unambiguous.
	Date     string
	dateLine int // the line of Date, for a warning about it
	// Strict is Argdown's strict interpretation mode, set in the front
	// matter: an attack between two statements is a contrary.
	Strict bool
	// Statements are the equivalence classes and untitled statements, in
	// order of first appearance.
	Statements []*Statement
	// Arguments in order of first appearance.
	Arguments []*Argument
	// Relations in the order written.
	Relations []*Relation

	stmts map[string]*Statement
	args  map[string]*Argument
	order []Node       // first appearance of every statement and argument
	place func(*Error) // maps a line of the included text to its file (ParseFile)
	warns []string     // what Map worked around, with its place
}

// Node names a statement or an argument of a Document.
type Node struct {
	Argument bool   // an argument; else a statement
	Key      string // the title, or an internal key for untitled ones
}

// Statement is an equivalence class: every statement with one title, or one
// untitled statement.
type Statement struct {
	Key      string
	Title    string // "Untitled N" for untitled statements, as Argdown names them
	Untitled bool
	Text     string // the first non-empty definition
	Defined  bool   // some definition exists, even an empty one
	Tags     []string
	Group    string // the group heading it was first met under
	Line     int
	Column   int
	// Implicit marks the stand-in conclusion Encode writes for a con
	// argument ({argmap: implicit}); Map folds it away.
	Implicit bool
	// Data are the data blocks written after its texts ({credence: 0.8}),
	// as written, without the {argmap: implicit} marker.
	Data []string

	defs [][]string // raw text of each definition and reference
	refs []int      // indexes in defs of the references
	data []string
}

// Argument is an Argdown argument.
type Argument struct {
	Key         string
	Title       string
	Anonymous   bool // a PCS with no title before it
	Description string
	Tags        []string
	Group       string
	Line        int
	Column      int
	// Steps is the premise-conclusion structure: one step per inference.
	// Nil when the argument is not reconstructed.
	Steps []*Step

	defs [][]string
}

// Step is one inference of a PCS.
type Step struct {
	Premises   []string // statement keys
	Conclusion string   // statement key
	Rules      string   // inference rules as written, or ""
	Line       int      // the line of the inference bar
	Column     int
}

// Relation is one Argdown relation, From → To.
type Relation struct {
	Type     RelationType
	From, To Node
	Line     int
	Column   int
}

// Warnings lists what the last Map worked around, each with its line and
// column: relations dropped as Argdown drops them, undercuts read as
// attacks to break a cycle.
func (d *Document) Warnings() []string { return d.warns }

// Statement returns the statement with the given key, or nil.
func (d *Document) Statement(key string) *Statement { return d.stmts[key] }

// Argument returns the argument with the given key, or nil.
func (d *Document) Argument(key string) *Argument { return d.args[key] }

// MainConclusion returns the key of the argument's final conclusion, or "".
func (a *Argument) MainConclusion() string {
	if len(a.Steps) == 0 {
		return ""
	}
	return a.Steps[len(a.Steps)-1].Conclusion
}
