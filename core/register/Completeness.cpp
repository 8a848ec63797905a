#include "Completeness.h"
