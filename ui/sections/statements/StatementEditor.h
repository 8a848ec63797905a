#pragma once

#include "domain/PrivacyStatement.h"
#include "sections/catalogues/CatalogueEditor.h"

#include <QElapsedTimer>

class QTimer;

class QLabel;
class QPushButton;
class QTableWidget;

namespace Custodian::Ui {

class CodeChecklist;

// One privacy statement: whom it is for and in which languages, what only a statement says (its
// title, introduction, where it is published, how people hear of changes, a note on exercising
// rights); the translations of the register's texts it quotes into its other language; and its
// versions, each kept as published, with "Publish new version…". Its findings are the consistency
// check of the statement against the register (CompletenessCheck::forStatement).
class StatementEditor : public CatalogueItemEditor<Domain::PrivacyStatement>
{
    Q_OBJECT
public:
    enum TranslationColumn
    {
        LanguageColumn,
        SourceColumn,
        TranslationColumn
    };

    explicit StatementEditor(RegisterContext *context, QWidget *parent = nullptr);

    QTableWidget *translationTable() const { return m_translations; }
    QTableWidget *versionTable() const { return m_versions; }
    QPushButton *publishButton() const { return m_publishButton; }
    // The versions as the table shows them, the latest first.
    const QList<Domain::StatementVersion> &versions() const { return m_versionList; }
    // Writes the published page of a version in a language to a file, whole or not at all.
    Status saveVersion(const Domain::StatementVersion &version, const QString &language, const QString &path) const;

signals:
    // A version was published from the editor.
    void published(int number);

protected:
    Register::EntityService<Domain::PrivacyStatement> &service() const override;
    Domain::Findings liveFindings() override;
    void fillExtra(const Domain::PrivacyStatement &statement) override;
    void readExtra(Domain::PrivacyStatement &statement) const override;
    void afterSave() override;
    void refreshChoices() override;
    void updateDependentFields() override;
    QString usedByEmptyText(bool newItem) const override;
    QString newItemText() const override;
    QString retiredText() const override;
    void retranslateUi() override;

private:
    // The rows of the translation table: every text the statement quotes in a language it is
    // published in other than the register's, with what is typed or stored for it.
    void rebuildTranslations();
    void fillVersions();
    void publish();
    void saveSelectedVersion();

    CodeChecklist *m_audiencesList = nullptr;
    CodeChecklist *m_languagesList = nullptr;
    QLabel *m_translationsNote = nullptr;
    QTableWidget *m_translations = nullptr;
    QTableWidget *m_versions = nullptr;
    QPushButton *m_publishButton = nullptr;
    QPushButton *m_saveVersionButton = nullptr;
    QList<Domain::StatementVersion> m_versionList;
    bool m_rebuilding = false;
    QString m_filledUuid; // the statement whose rows the tables show
    // The consistency check writes the statement in each of its languages: for a register that
    // describes thousands of activities, longer than a keystroke may take. A slow check runs at most
    // once in a pause's time while typing goes on (the findings of a moment ago stay meanwhile), and
    // once more when typing pauses.
    Domain::Findings m_findings;
    QElapsedTimer m_lastCheck;
    qint64 m_lastCheckCost = 0; // milliseconds
    bool m_checkNow = true;
    QTimer *m_recheck = nullptr;
};

} // namespace Custodian::Ui
