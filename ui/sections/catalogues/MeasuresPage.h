#pragma once

#include "sections/catalogues/CataloguePage.h"

namespace Custodian::Ui {

class MeasureEditor;

// The Measures section (Art. 32): the technical and organisational security measures that
// activities and agreements refer to; retired measures hidden unless asked for.
class MeasuresPage : public CataloguePage
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        KindColumn,
        DescriptionColumn,
        UsedByColumn,
        AttentionColumn
    };

    explicit MeasuresPage(RegisterContext *context, QWidget *parent = nullptr);

    QString title() const override;
    MeasureEditor *measureEditor() const { return m_editor; }

    // "Technical" / "Organisational": short, for the list.
    static QString kindText(const QString &kind);

protected:
    Texts texts(int uses) const override;

private:
    ListRow row(const Domain::SecurityMeasure &measure) const;

    MeasureEditor *m_editor = nullptr;
};

} // namespace Custodian::Ui
