#pragma once

#include "model/actor.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace detente {

/// Edits one actor: its name, kind, code, office, whom it speaks for and its other names
/// (aliases, one per line: "Beijing" for China).
class ActorDialog : public QDialog {
    Q_OBJECT
public:
    /// `others`: the names it may speak for.
    ActorDialog(const Actor &actor, const QStringList &others, QWidget *parent = nullptr);
    Actor actor() const;

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *aliasesEdit() const { return m_aliases; }
    QComboBox *affiliationEdit() const { return m_affiliation; }

private:
    Actor m_actor;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_code;
    QLineEdit *m_office;
    QComboBox *m_affiliation;
    QPlainTextEdit *m_aliases;
    QDialogButtonBox *m_buttons;
};

} // namespace detente
