#include "sections/statements/StatementEditor.h"

#include "DocumentLanguage.h"
#include "domain/Codes.h"
#include "framework/RegisterContext.h"
#include "register/Completeness.h"
#include "sections/statements/PublishStatementDialog.h"
#include "statement/Statement.h"
#include "widgets/CodeChecklist.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QTableWidget>
#include <QTimer>

#include <algorithm>
#include <tuple>

namespace Custodian::Ui {

using Domain::Codes;
using Domain::PrivacyStatement;
using Domain::StatementTranslation;
using Domain::StatementVersion;

namespace {

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

// A consistency check that took SlowCheck milliseconds or more runs again only once typing has paused
// for RecheckPause milliseconds.
constexpr qint64 SlowCheck = 60;
constexpr int RecheckPause = 400;

} // namespace

StatementEditor::StatementEditor(RegisterContext *context, QWidget *parent) : CatalogueItemEditor(context, parent)
{
    setObjectName(QStringLiteral("statementEditor"));
    m_recheck = new QTimer(this);
    m_recheck->setSingleShot(true);
    m_recheck->setInterval(RecheckPause);
    connect(m_recheck, &QTimer::timeout, this, [this] {
        m_checkNow = true;
        updateState();
    });
    QFormLayout *form = pages()->addPage(QStringLiteral("statementPage"));
    m_captions.add(form);
    m_form.add(form, "title", FieldOptions().withMnemonic());
    m_audiencesList = addCodeList(form, "audiences");
    m_languagesList = addCodeList(form, "languages");
    m_form.add(form, "publicationUrl", FieldOptions().withMnemonic());
    m_captions.add(form);
    m_form.add(form, "introduction", FieldOptions().withMnemonic().withLines(3));
    m_form.add(form, "changeChannel", FieldOptions().withLines(2));
    m_form.add(form, "rightsNote", FieldOptions().withLines(2));

    // The register's texts in the statement's other language.
    QFormLayout *translations = pages()->addPage(QStringLiteral("translationsPage"));
    m_captions.add(translations);
    m_translationsNote = new QLabel(translations->parentWidget());
    m_translationsNote->setObjectName(QStringLiteral("translationsNote"));
    m_translationsNote->setWordWrap(true);
    translations->addRow(m_translationsNote);
    m_translations = new QTableWidget(0, 3, translations->parentWidget());
    m_translations->setObjectName(QStringLiteral("translationTable"));
    m_translations->verticalHeader()->hide();
    m_translations->setWordWrap(true);
    m_translations->horizontalHeader()->setSectionResizeMode(LanguageColumn, QHeaderView::ResizeToContents);
    m_translations->horizontalHeader()->setSectionResizeMode(SourceColumn, QHeaderView::Stretch);
    m_translations->horizontalHeader()->setSectionResizeMode(TranslationColumn, QHeaderView::Stretch);
    m_translations->setMinimumHeight(240);
    addSpanning(translations, QStringLiteral("translations"), m_translations);
    connect(m_translations, &QTableWidget::itemChanged, this, [this] {
        if (!m_rebuilding && !isLoading())
            onEdited();
    });

    // The versions as published.
    QFormLayout *versions = pages()->addPage(QStringLiteral("versionsPage"));
    m_captions.add(versions);
    m_versions = new QTableWidget(0, 4, versions->parentWidget());
    m_versions->setObjectName(QStringLiteral("versionTable"));
    m_versions->verticalHeader()->hide();
    m_versions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_versions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_versions->setWordWrap(true);
    m_versions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_versions->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_versions->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_versions->horizontalHeader()->setStretchLastSection(true);
    m_versions->setMinimumHeight(160);
    addSpanning(versions, QStringLiteral("versions"), m_versions);
    auto *buttons = new QWidget(versions->parentWidget());
    auto *buttonRow = new QHBoxLayout(buttons);
    buttonRow->setContentsMargins(0, 0, 0, 0);
    m_publishButton = new QPushButton(buttons);
    m_publishButton->setObjectName(QStringLiteral("publishButton"));
    m_saveVersionButton = new QPushButton(buttons);
    m_saveVersionButton->setObjectName(QStringLiteral("saveVersionButton"));
    buttonRow->addWidget(m_publishButton);
    buttonRow->addWidget(m_saveVersionButton);
    buttonRow->addStretch(1);
    versions->addRow(buttons);
    connect(m_publishButton, &QPushButton::clicked, this, &StatementEditor::publish);
    connect(m_saveVersionButton, &QPushButton::clicked, this, &StatementEditor::saveSelectedVersion);
    connect(m_versions, &QTableWidget::itemSelectionChanged, this, [this] { updateDependentFields(); });

    // The statement's own texts as typed: their rows when the page is opened.
    connect(pages(), &EditorPages::currentChanged, this, [this](int index) {
        if (index == 1 && isShowingItem() && !isLoading())
            rebuildTranslations();
    });
    connect(m_languagesList, &CodeChecklist::checkedCodesChanged, this, [this] {
        if (!isLoading())
            rebuildTranslations();
    });
    m_form.onChange(this, [this] { onEdited(); });
    retranslateUi();
    showPlaceholder(QString());
}

Register::EntityService<PrivacyStatement> &StatementEditor::service() const
{
    return context()->statements();
}

Domain::Findings StatementEditor::liveFindings()
{
    if (!m_checkNow && m_lastCheckCost >= SlowCheck && m_lastCheck.isValid() && m_lastCheck.elapsed() < RecheckPause) {
        m_recheck->start();
        return m_findings;
    }
    m_checkNow = false;
    m_recheck->stop();
    // The statement as the form has it, against the register as it is (read first: reading it after a
    // change elsewhere is not the check's cost).
    const Register::RegisterSnapshot &snapshot = context()->snapshot();
    QElapsedTimer cost;
    cost.start();
    m_findings = Register::CompletenessCheck::forStatement(currentItem(), snapshot, context()->today());
    m_lastCheckCost = cost.elapsed();
    m_lastCheck.start();
    return m_findings;
}

void StatementEditor::fillExtra(const PrivacyStatement &statement)
{
    CatalogueItemEditor::fillExtra(statement);
    m_checkNow = true; // another statement, or the same as saved: its own findings at once
    m_filledUuid = statement.uuid;
    m_translations->setRowCount(0);
    rebuildTranslations();
    fillVersions();
}

void StatementEditor::readExtra(PrivacyStatement &statement) const
{
    statement.translations.clear();
    for (int row = 0; row < m_translations->rowCount(); ++row) {
        const QString text = m_translations->item(row, TranslationColumn)->text().trimmed();
        if (text.isEmpty())
            continue;
        statement.translations.append({m_translations->item(row, LanguageColumn)->data(Qt::UserRole).toString(),
                                       m_translations->item(row, SourceColumn)->data(Qt::UserRole).toString(), text});
    }
    // In one order whatever the rows' order: rows follow the statement's text, which may move.
    std::sort(statement.translations.begin(), statement.translations.end(),
              [](const StatementTranslation &a, const StatementTranslation &b) {
                  return std::tie(a.language, a.sourceText) < std::tie(b.language, b.sourceText);
              });
}

void StatementEditor::afterSave()
{
    CatalogueItemEditor::afterSave();
    // A new statement is now the one the tables show; a text of its own may have changed, and its
    // translation row follows.
    m_filledUuid = storedItem().uuid;
    m_checkNow = true; // the statement as saved: its findings at once
    rebuildTranslations();
    fillVersions();
}

void StatementEditor::refreshChoices()
{
    // The register's texts may have changed: the rows follow, what is typed stays. A version may
    // have been published.
    // Not while another statement is being loaded: its rows come with it (fillExtra).
    if (isShowingItem() && storedItem().uuid == m_filledUuid) {
        rebuildTranslations();
        fillVersions();
    }
}

void StatementEditor::rebuildTranslations()
{
    // What is typed now, and what is stored, by language and text.
    QHash<QString, QString> known;
    const auto key = [](const QString &language, const QString &source) {
        return language + QLatin1Char('\n') + source;
    };
    for (const StatementTranslation &entry : storedItem().translations)
        known.insert(key(entry.language, entry.sourceText), entry.text);
    for (int row = 0; row < m_translations->rowCount(); ++row)
        known.insert(key(m_translations->item(row, LanguageColumn)->data(Qt::UserRole).toString(),
                         m_translations->item(row, SourceColumn)->data(Qt::UserRole).toString()),
                     m_translations->item(row, TranslationColumn)->text());

    struct Row
    {
        QString language;
        QString source;
        bool quoted;
    };
    QList<Row> rows;
    PrivacyStatement statement = currentItem();
    statement.translations.clear();
    const Register::RegisterSnapshot &snapshot = context()->snapshot();
    const QString dataLanguage = snapshot.organisation.dataLanguage;
    if (!dataLanguage.isEmpty()) {
        for (const QString &language : std::as_const(statement.languages)) {
            if (language == dataLanguage)
                continue;
            const DocumentLanguage document(language);
            Statement::Edition edition;
            edition.statement = &statement;
            const Statement::Model model = Statement::build(snapshot, {}, document, context()->today(), edition);
            for (const QString &text : model.untranslated)
                rows.append({language, text, true});
        }
    }
    // Translations of texts the statement no longer quotes stay, marked, until they are cleared.
    QSet<QString> shown;
    for (const Row &row : std::as_const(rows))
        shown.insert(key(row.language, row.source));
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        if (shown.contains(it.key()) || it.value().trimmed().isEmpty())
            continue;
        const qsizetype split = it.key().indexOf(QLatin1Char('\n'));
        rows.append({it.key().left(split), it.key().mid(split + 1), false});
    }

    m_rebuilding = true;
    m_translations->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        QTableWidgetItem *language = readOnlyItem(Codes::label(Codes::Kind::Language, row.language));
        language->setData(Qt::UserRole, row.language);
        QTableWidgetItem *source = readOnlyItem(row.source);
        source->setData(Qt::UserRole, row.source);
        source->setToolTip(row.quoted ? row.source
                                      : tr("The statement no longer quotes this text: its translation is not used. "
                                           "Clear the translation to remove it."));
        if (!row.quoted)
            source->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        m_translations->setItem(i, LanguageColumn, language);
        m_translations->setItem(i, SourceColumn, source);
        m_translations->setItem(i, TranslationColumn, new QTableWidgetItem(known.value(key(row.language, row.source))));
    }
    m_translations->resizeRowsToContents();
    m_rebuilding = false;
    updateDependentFields();
}

void StatementEditor::fillVersions()
{
    m_versionList.clear();
    const QString uuid = storedItem().uuid;
    if (!uuid.isEmpty()) {
        const Status status = context()->statementVersions().versionsOf(uuid, &m_versionList);
        if (!status)
            m_versionList.clear();
    }
    m_versions->setRowCount(int(m_versionList.size()));
    const QLocale locale;
    for (int i = 0; i < m_versionList.size(); ++i) {
        const StatementVersion &version = m_versionList.at(i);
        m_versions->setItem(i, 0, new QTableWidgetItem(QString::number(version.number)));
        m_versions->setItem(i, 1, new QTableWidgetItem(locale.toString(version.effectiveOn, QLocale::ShortFormat)));
        const QString when = locale.toString(version.publishedAt.toLocalTime(), QLocale::ShortFormat);
        m_versions->setItem(
            i, 2,
            new QTableWidgetItem(version.publishedBy.isEmpty() ? when : tr("%1 by %2").arg(when, version.publishedBy)));
        m_versions->setItem(i, 3, new QTableWidgetItem(version.changeLog));
    }
    m_versions->resizeRowsToContents();
    if (!m_versionList.isEmpty())
        m_versions->selectRow(0);
    updateDependentFields();
}

void StatementEditor::updateDependentFields()
{
    const PrivacyStatement &stored = storedItem();
    const bool modified = isShowingItem() && isFormModified();
    m_publishButton->setEnabled(!stored.uuid.isEmpty() && !stored.retired && !modified);
    m_publishButton->setToolTip(stored.uuid.isEmpty() || modified ? tr("Save the statement first.")
                                : stored.retired                  ? tr("A retired statement is not published.")
                                                                  : tr("Write the next version from the register and "
                                                                                        "keep it as published."));
    m_saveVersionButton->setEnabled(!m_versions->selectedItems().isEmpty());
    const QString dataLanguage = context()->snapshot().organisation.dataLanguage;
    const QStringList languages = m_languagesList->checkedCodes();
    QString note;
    if (dataLanguage.isEmpty())
        note = tr("Say on the Organisation page in which language the register's texts are written: then the texts "
                  "this statement quotes can be translated into its other language.");
    else if (languages.isEmpty() || (languages.size() == 1 && languages.constFirst() == dataLanguage))
        note = tr("The statement is published only in %1, the language of the register's texts: there is nothing "
                  "to translate.")
                   .arg(Codes::label(Codes::Kind::Language, dataLanguage));
    else
        note = tr("The statement quotes these texts of the register, written in %1. Give each its translation: a "
                  "text without one is quoted as written, and keeps the statement from being published in the other "
                  "language.")
                   .arg(Codes::label(Codes::Kind::Language, dataLanguage));
    m_translationsNote->setText(note);
}

Status StatementEditor::saveVersion(const StatementVersion &version, const QString &language, const QString &path) const
{
    const QString failure = tr("The statement could not be saved. Nothing was written.");
    QString html = version.html(language);
    // As the file was written when it was published: the register keeps it without its last newline.
    if (!html.isEmpty() && !html.endsWith(QLatin1Char('\n')))
        html += QLatin1Char('\n');
    const QByteArray bytes = html.toUtf8();
    if (bytes.isEmpty())
        return Status::error(Status::Code::NotFound,
                             tr("Version %1 was not published in %2.")
                                 .arg(QString::number(version.number), Codes::label(Codes::Kind::Language, language)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::error(Status::Code::IoError, failure, file.errorString());
    return Status::ok();
}

void StatementEditor::saveSelectedVersion()
{
    const QList<QTableWidgetItem *> selected = m_versions->selectedItems();
    if (selected.isEmpty())
        return;
    const StatementVersion version = m_versionList.value(selected.constFirst()->row());
    QStringList languages;
    for (const QString &language : {QStringLiteral("nl"), QStringLiteral("en")}) {
        if (!version.html(language).isEmpty())
            languages << language;
    }
    QString language = languages.value(0);
    if (languages.size() > 1) {
        QMenu menu(this);
        for (const QString &code : std::as_const(languages))
            menu.addAction(tr("Web page in %1…").arg(Codes::label(Codes::Kind::Language, code)))->setData(code);
        QAction *chosen = menu.exec(m_saveVersionButton->mapToGlobal(QPoint(0, m_saveVersionButton->height())));
        if (!chosen)
            return;
        language = chosen->data().toString();
    }
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save the published statement"),
        QStringLiteral("privacy-statement-%1-%2.html").arg(QString::number(version.number), language),
        tr("Web pages (*.html)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".html");
    const Status status = saveVersion(version, language, path);
    if (!status)
        QMessageBox::warning(this, tr("Save the published statement"), status.message());
}

void StatementEditor::publish()
{
    PublishStatementDialog dialog(context(), storedItem(), m_versionList, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    fillVersions();
    updateState();
    emit published(dialog.publishedVersion().number);
}

QString StatementEditor::usedByEmptyText(bool) const
{
    return {};
}

QString StatementEditor::newItemText() const
{
    return tr("New privacy statement");
}

QString StatementEditor::retiredText() const
{
    return tr("This statement is retired: it is no longer published. It keeps its versions; its audiences are free "
              "for another statement. Use “Restore” to publish it again.");
}

void StatementEditor::retranslateUi()
{
    setPlaceholderText(tr("Choose a statement in the list, or create a new one."));
    const QList<QPair<QString, QString>> captions = {
        {tr("Privacy statement — Arts. 12–14 GDPR"),
         tr("What only the statement says. Everything else is written from the register: the processing published "
            "for its audiences, with bases, data, recipients, transfers, retention and the rights that follow.")},
        {tr("Texts of the statement"), tr("In the language of the register's texts; translated on the next page.")},
        {tr("Translations"), QString()},
        {tr("Published versions"),
         tr("Each version is kept as it was published, with the register's state it was written from. The "
            "findings say when the register no longer says what the latest version says.")},
    };
    m_captions.setTexts(captions);
    pages()->setTitle(0, tr("Statement"));
    pages()->setTitle(1, tr("Translations"));
    pages()->setTitle(2, tr("Versions"));
    m_form.retranslate();
    retranslateLists();
    m_form.widget<QLineEdit>("title")->setPlaceholderText(tr("e.g. Privacy statement"));
    m_form.widget<QLineEdit>("publicationUrl")->setPlaceholderText(tr("e.g. https://www.example.nl/privacy"));
    m_form.widget<QPlainTextEdit>("introduction")
        ->setPlaceholderText(tr("Who you are and what the statement is about, in a few sentences"));
    m_form.widget<QPlainTextEdit>("changeChannel")
        ->setPlaceholderText(tr("e.g. We announce a new version on our website a month before it takes effect"));
    m_form.widget<QPlainTextEdit>("rightsNote")
        ->setPlaceholderText(tr("e.g. On request we send you a sample letter for each right"));
    m_translations->setHorizontalHeaderLabels({tr("Language"), tr("Text in the register"), tr("Translation")});
    m_versions->setHorizontalHeaderLabels({tr("Version"), tr("Effective from"), tr("Published"), tr("What changed")});
    m_publishButton->setText(tr("&Publish new version…"));
    m_saveVersionButton->setText(tr("Save &web page…"));
    if (isShowingItem()) {
        rebuildTranslations(); // the languages' names and the notes in the new language
        fillVersions();
    }
    updateDependentFields();
}

} // namespace Custodian::Ui
