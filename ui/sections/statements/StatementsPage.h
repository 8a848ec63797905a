#pragma once

#include "domain/PrivacyStatement.h"
#include "sections/catalogues/CataloguePage.h"

#include <QHash>

namespace Custodian::Ui {

class StatementEditor;

// The Privacy statements section: the public statements (Arts. 12-14 GDPR), each for its audiences
// and in its languages, with the versions published of it; retired statements hidden unless asked
// for.
class StatementsPage : public CataloguePage
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        AudiencesColumn,
        LanguagesColumn,
        VersionColumn,
        AttentionColumn
    };

    explicit StatementsPage(RegisterContext *context, QWidget *parent = nullptr);

    QString title() const override;
    StatementEditor *statementEditor() const { return m_editor; }

protected:
    Texts texts(int uses) const override;

private:
    ListRow row(const Domain::PrivacyStatement &statement) const;

    StatementEditor *m_editor = nullptr;
    QHash<QString, Domain::StatementVersion> m_latest; // statement uuid -> its latest version (without its text)
};

} // namespace Custodian::Ui
