#include "actordialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace detente {

ActorDialog::ActorDialog(const Actor &actor, const QStringList &others, QWidget *parent)
    : QDialog(parent)
    , m_actor(actor)
    , m_name(new QLineEdit(actor.name, this))
    , m_kind(new QComboBox(this))
    , m_code(new QLineEdit(actor.code, this))
    , m_office(new QLineEdit(actor.office, this))
    , m_affiliation(new QComboBox(this))
    , m_aliases(new QPlainTextEdit(actor.aliases.join(u'\n'), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Edit Actor"));
    const std::pair<ActorKind, QString> kinds[] = {{ActorKind::State, tr("State")},
                                                   {ActorKind::Organisation, tr("Organisation")},
                                                   {ActorKind::Person, tr("Person")},
                                                   {ActorKind::Group, tr("Group")}};
    for (const auto &[kind, label] : kinds)
        m_kind->addItem(label, int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(actor.kind)));
    m_code->setPlaceholderText(tr("CAMEO or ISO code, e.g. CHN"));
    m_office->setPlaceholderText(tr("for a person, e.g. Foreign Minister"));
    m_affiliation->addItem(tr("(nobody)"), QString());
    for (const QString &name : others)
        if (name != actor.name)
            m_affiliation->addItem(name, name);
    m_affiliation->setCurrentIndex(std::max(0, m_affiliation->findData(actor.affiliation)));
    m_aliases->setTabChangesFocus(true);
    m_aliases->setToolTip(tr("Other names for this actor, one per line (e.g. its capital)"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Office:"), m_office);
    form->addRow(tr("&Speaks for:"), m_affiliation);
    form->addRow(tr("&Also called:"), m_aliases);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
}

Actor ActorDialog::actor() const
{
    Actor a = m_actor;
    a.name = m_name->text().trimmed();
    a.kind = ActorKind(m_kind->currentData().toInt());
    a.code = m_code->text().trimmed();
    a.office = m_office->text().trimmed();
    a.affiliation = m_affiliation->currentData().toString();
    a.aliases.clear();
    for (const QString &line : m_aliases->toPlainText().split(u'\n'))
        if (!line.trimmed().isEmpty() && !a.aliases.contains(line.trimmed()))
            a.aliases.append(line.trimmed());
    return a;
}

} // namespace detente
