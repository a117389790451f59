package app

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/storage/repository"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/app/widgets"
)

// askAuthor asks for the name signed on comments and challenges.
func (e *Editor) askAuthor() {
	en := widgets.NewEscapeEntry()
	en.SetText(e.author())
	d := dialog.NewForm("Author Name", "Save", "Cancel",
		[]*widget.FormItem{widget.NewFormItem("Name", en)},
		func(ok bool) {
			if ok {
				e.app.Preferences().SetString(prefAuthor, strings.TrimSpace(en.Text))
			}
		}, e.win)
	en.OnEscape = d.Hide // the field has the keyboard: Escape cancels as elsewhere
	d.Resize(fyne.NewSize(400, 160))
	d.Show()
}

// Fyne's save dialog hands its callback a writer for the chosen file, made
// by the "file" repository's Writer, which truncates the file at once: by
// the time Argmap could write the map atomically, an overwritten file would
// already be empty. So Argmap wraps the repository the driver registered:
// its writers open the file only on the first Write (or on Close, for the
// usual meaning of an empty write), and the save dialog's callback drops
// them unopened and keeps only the URI. The wrapper also takes an absolute
// path typed in the dialog's name field as that path, where Fyne would join
// it under the folder shown.

// fileRepo is what the file repository of Fyne's drivers implements.
type fileRepo interface {
	repository.AppendableRepository
	repository.DeleteAllRepository
	repository.HierarchicalRepository
	repository.ListableRepository
	repository.CopyableRepository
	repository.MovableRepository
}

// lazyFileRepo is the file repository with deferred writers.
type lazyFileRepo struct{ fileRepo }

// installLazyFileRepo wraps the registered file repository, once.
func installLazyFileRepo() {
	r, err := repository.ForScheme("file")
	if err != nil {
		return
	}
	if _, done := r.(lazyFileRepo); done {
		return
	}
	fr, ok := r.(fileRepo)
	if !ok {
		fyne.LogError("save dialog: the file repository cannot be wrapped; Save As may empty a file it overwrites", nil)
		return
	}
	repository.Register("file", lazyFileRepo{fr})
}

// Writer returns a writer that opens (and truncates) the file only when
// first written to or closed.
func (r lazyFileRepo) Writer(u fyne.URI) (fyne.URIWriteCloser, error) {
	return &lazyWriter{repo: r.fileRepo, uri: u}, nil
}

// Child takes an absolute component as the path it names.
func (r lazyFileRepo) Child(u fyne.URI, component string) (fyne.URI, error) {
	if filepath.IsAbs(component) {
		return storage.NewFileURI(filepath.Clean(component)), nil
	}
	return r.fileRepo.Child(u, component)
}

// quietSaves counts the save dialogs open whose overwrite question Argmap
// asks itself (see quietOverwrite).
var quietSaves atomic.Int32

// quietOverwrite turns off the overwrite question of Fyne's save dialog
// until the returned func is called (once is enough; more do nothing):
// while it is off, the file repository answers that no plain file exists,
// so the dialog hands back the name at once. A folder still exists, so
// that the dialog refuses to save over it.
func quietOverwrite() func() {
	quietSaves.Add(1)
	return sync.OnceFunc(func() { quietSaves.Add(-1) })
}

// Exists answers false for a plain file while a save dialog asks about
// overwriting itself (see quietOverwrite).
func (r lazyFileRepo) Exists(u fyne.URI) (bool, error) {
	if quietSaves.Load() > 0 && u.Scheme() == "file" {
		if fi, err := os.Stat(u.Path()); err == nil && !fi.IsDir() {
			return false, nil
		}
	}
	return r.fileRepo.Exists(u)
}

// lazyWriter is a file writer that has not touched the file until it is
// written to or closed; drop discards it untouched.
type lazyWriter struct {
	repo    fileRepo
	uri     fyne.URI
	w       fyne.URIWriteCloser
	dropped bool
}

func (l *lazyWriter) URI() fyne.URI { return l.uri }

func (l *lazyWriter) open() error {
	if l.dropped {
		return errors.New(l.uri.Path() + ": writer already closed")
	}
	if l.w == nil {
		w, err := l.repo.Writer(l.uri)
		if err != nil {
			return err
		}
		l.w = w
	}
	return nil
}

func (l *lazyWriter) Write(p []byte) (int, error) {
	if err := l.open(); err != nil {
		return 0, err
	}
	return l.w.Write(p)
}

func (l *lazyWriter) Close() error {
	if err := l.open(); err != nil {
		return err
	}
	l.dropped = true
	return l.w.Close()
}

// uriOnly returns the URI of a writer the save dialog made and discards the
// writer without touching the file. It reports false when the file was
// already opened for writing (the wrapper is not installed), so that the
// caller can say so.
func uriOnly(w fyne.URIWriteCloser) (fyne.URI, bool) {
	u := w.URI()
	if l, ok := w.(*lazyWriter); ok && l.w == nil {
		l.dropped = true
		return u, true
	}
	_ = w.Close()
	return u, false
}
