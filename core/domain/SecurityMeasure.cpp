#include "SecurityMeasure.h"
