// Package argdowncheck runs Argdown's own parser (@argdown/core, pinned in
// scripts/argdown-check) on Argdown files, and arguebuf's AIF loader on
// AIF files, for the conformance tests of the argdown and formats packages. It needs Node.js and the installed
// node_modules (`npm ci --prefix scripts/argdown-check`, which .ci/run
// does); Available says why it cannot run when they are missing.
package argdowncheck

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"

	"github.com/goccy/go-json"
)

// Result is what Argdown's parser found in one file.
type Result struct {
	Errors     []Problem   `json:"errors"`
	Warnings   []string    `json:"warnings"`
	Statements []Statement `json:"statements"`
	Arguments  []Argument  `json:"arguments"`
	Relations  []Relation  `json:"relations"`
}

// Problem is a lexer or parser error, or an exception of the model step.
type Problem struct {
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	Message string `json:"message"`
}

func (p Problem) String() string { return fmt.Sprintf("%d:%d: %s", p.Line, p.Column, p.Message) }

// Statement is an equivalence class.
type Statement struct {
	Title string   `json:"title"`
	Text  string   `json:"text"`
	Tags  []string `json:"tags"`
}

// Argument is an argument with its premise-conclusion structure.
type Argument struct {
	Title       string     `json:"title"`
	Description string     `json:"description"`
	Tags        []string   `json:"tags"`
	PCS         []PCSEntry `json:"pcs"`
}

// PCSEntry is one statement of a premise-conclusion structure.
type PCSEntry struct {
	Title string `json:"title"`
	Role  string `json:"role"`
}

// Relation is a relation of Argdown's model. FromType and ToType are
// "statement", "argument" or "inference" (an undercut's target).
type Relation struct {
	Type     string `json:"type"`
	From     string `json:"from"`
	FromType string `json:"fromType"`
	To       string `json:"to"`
	ToType   string `json:"toType"`
}

// Key is "type [from] -> <to>", with [] for statements and <> for
// arguments and inferences.
func (r Relation) Key() string {
	return r.Type + " " + Name(r.FromType, r.From) + " -> " + Name(r.ToType, r.To)
}

// Name brackets a title as Argdown writes a reference to it.
func Name(typ, title string) string {
	if typ == "statement" {
		return "[" + title + "]"
	}
	return "<" + title + ">"
}

// Tool is a located parser: node and the script.
type Tool struct {
	node, script string
}

// Available finds node and the installed @argdown/core from the module
// root at or above dir. The error says what is missing and how to install it.
func Available(dir string) (*Tool, error) {
	root, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	for {
		if _, err := os.Stat(filepath.Join(root, "go.mod")); err == nil {
			break
		}
		up := filepath.Dir(root)
		if up == root {
			return nil, errors.New("no go.mod above " + dir)
		}
		root = up
	}
	node, err := exec.LookPath("node")
	if err != nil {
		return nil, errors.New("no node command on PATH (install Node.js to run Argdown's own parser)")
	}
	script := filepath.Join(root, "scripts", "argdown-check", "check.mjs")
	core := filepath.Join(root, "scripts", "argdown-check", "node_modules", "@argdown", "core", "package.json")
	if _, err := os.Stat(core); err != nil {
		return nil, errors.New("@argdown/core is not installed: run npm ci --prefix scripts/argdown-check")
	}
	return &Tool{node: node, script: script}, nil
}

// Parse runs Argdown's parser on the files, one result per file in order.
func (t *Tool) Parse(files ...string) ([]Result, error) {
	return t.parse(files, nil)
}

// ParseIncluding is Parse with @include lines replaced by the files they
// name first, as Argdown's command line tool does.
func (t *Tool) ParseIncluding(files ...string) ([]Result, error) {
	return t.parse(files, []string{"--include"})
}

func (t *Tool) parse(files, flags []string) ([]Result, error) {
	args := append(append([]string{t.script}, flags...), files...)
	cmd := exec.Command(t.node, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("node %s: %v\n%s", t.script, err, stderr.Bytes())
	}
	var res []Result
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<30)
	for sc.Scan() {
		var r Result
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("reading the output for %s: %v", files[len(res)], err)
		}
		res = append(res, r)
	}
	if len(res) != len(files) {
		return nil, errors.New("node printed " + strconv.Itoa(len(res)) + " results for " + strconv.Itoa(len(files)) + " files")
	}
	return res, nil
}

// AIFResult is what arguebuf read from one AIF file.
type AIFResult struct {
	Error   string      `json:"error"`
	Atoms   []string    `json:"atoms"`
	Schemes []AIFScheme `json:"schemes"`
	Edges   [][2]string `json:"edges"`
}

// AIFScheme is a scheme node as arguebuf reads it: its kind ("support",
// "attack", "rephrase", "preference") and its scheme, as arguebuf names it.
type AIFScheme struct {
	Kind string `json:"kind"`
	Name string `json:"name"`
}

// AvailableAIF is Available for arguebuf's AIF loader, installed by the
// same npm ci.
func AvailableAIF(dir string) (*Tool, error) {
	t, err := Available(dir)
	if err != nil {
		return nil, err
	}
	base := filepath.Dir(t.script)
	if _, err := os.Stat(filepath.Join(base, "node_modules", "arguebuf", "package.json")); err != nil {
		return nil, errors.New("arguebuf is not installed: run npm ci --prefix scripts/argdown-check")
	}
	return &Tool{node: t.node, script: filepath.Join(base, "aif.mjs")}, nil
}

// LoadAIF runs arguebuf's AIF loader on the files, one result per file.
func (t *Tool) LoadAIF(files ...string) ([]AIFResult, error) {
	cmd := exec.Command(t.node, append([]string{t.script}, files...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("node %s: %v\n%s", t.script, err, stderr.Bytes())
	}
	var res []AIFResult
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<30)
	for sc.Scan() {
		var r AIFResult
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("reading the output for %s: %v", files[len(res)], err)
		}
		res = append(res, r)
	}
	if len(res) != len(files) {
		return nil, fmt.Errorf("node printed %d results for %d files", len(res), len(files))
	}
	return res, nil
}
