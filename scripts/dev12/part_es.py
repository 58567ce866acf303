from common import *  # part es: written blind

add("es-01-que-teneis", "rocio.delgado.vega@correo-es.example", "mis datos",
    "Hola, ¿qué datos míos tenéis guardados? Me apunté a vuestra ETT hace un par de años. "
    "Gracias. Rocío Delgado Vega\n",
    R(["Access"], "rocio.delgado.vega@correo-es.example", "Rocío", "Delgado Vega"))

add("es-02-escrito-acceso-portabilidad",
    "Lucía Fernández Ortega <lucia.fernandez.ortega@correo-es.example>",
    "Ejercicio de los derechos de acceso y portabilidad (arts. 15 y 20 RGPD)",
    "Muy señores míos:\n\n"
    "Dña. Lucía Fernández Ortega, con DNI 00000000T y domicilio en calle Alcalá 245, 3.º B, 28028 "
    "Madrid, por medio del presente escrito ejerzo el derecho de acceso reconocido en el artículo 15 "
    "del Reglamento (UE) 2016/679 y en el artículo 13 de la Ley Orgánica 3/2018 (LOPDGDD), "
    "solicitando que se me facilite copia de todos los datos personales que su entidad trata sobre "
    "mí en relación con mi suscripción digital, incluido el historial de pagos.\n\n"
    "Asimismo, al amparo del artículo 20 del RGPD, solicito que los datos que yo misma les "
    "proporcioné me sean entregados en un formato estructurado, de uso común y lectura mecánica.\n\n"
    "Atentamente,\n\nLucía Fernández Ortega\n",
    R(["Access", "Portability"], "lucia.fernandez.ortega@correo-es.example", "Lucía", "Fernández Ortega"))

add("es-03-nomina-dni",
    "Alejandro Castro Núñez <alex.castro.nunez@correo-es.example>",
    "Error en las nóminas",
    "Buenas,\n\n"
    "Llevo dos meses trabajando a través de vosotros en el almacén de Getafe y en las nóminas "
    "aparece mal mi segundo apellido (pone 'Nunez' sin la ñ) y el número de la Seguridad Social "
    "tiene un dígito cambiado. ¿Lo podéis corregir? Me están poniendo pegas en el banco.\n\n"
    "Un saludo,\nAlejandro Castro Núñez\n\nEnviado desde mi iPhone\n",
    R(["Rectification"], "alex.castro.nunez@correo-es.example", "Alejandro", "Castro Núñez"))

add("es-04-entrevista-ia",
    "Begoña Morales Gil <begona.morales@correo-es.example>",
    "Descartada por una máquina",
    "Hola,\n\n"
    "Hice la videoentrevista grabada para el puesto de teleoperadora y a los 20 minutos me llegó un "
    "correo diciendo que no encajaba con el perfil. Nadie ha visto mi vídeo, lo ha puntuado el "
    "programa. No estoy de acuerdo: quiero que una persona de verdad revise mi candidatura.\n\n"
    "Begoña Morales Gil\n",
    R(["AutomatedDecision"], "begona.morales@correo-es.example", "Begoña", "Morales Gil"))

add("es-05-mexico-arco-cancelacion",
    "Guadalupe Hernández Salinas <lupita.hdz@correo-mx.example>",
    "Solicitud de cancelación de datos (derechos ARCO)",
    "Buen día,\n\n"
    "Conforme a su aviso de privacidad, por medio de la presente solicito la cancelación de mis "
    "datos personales de su bolsa de trabajo, incluyendo mi currículum, resultados de evaluaciones "
    "y referencias laborales. Ya no estoy buscando empleo.\n\n"
    "Quedo atenta a su confirmación.\n\nSaludos cordiales,\nGuadalupe Hernández Salinas\n"
    "Cel. 55 5555 0192\n",
    R(["Erasure"], "lupita.hdz@correo-mx.example", "Guadalupe", "Hernández Salinas"))

add("es-06-argentina-mails",
    "Facundo Pereyra <facu.pereyra@correo-ar.example>",
    "basta de mails",
    "Hola, ¿cómo va? Les pido por favor que me saquen de todas las listas de mails. No me manden "
    "más promos de suscripción ni la newsletter de la mañana, ya me desuscribí dos veces y siguen "
    "llegando. Gracias.\nFacu Pereyra\n",
    R(["Opposition"], "facu.pereyra@correo-ar.example", "Facundo", "Pereyra"))

add("es-07-queja-repartidor",
    "Carmen de la Fuente Ruiz <carmen.delafuente@correo-es.example>",
    "Queja y baja definitiva",
    "Buenos días:\n\n"
    "Les escribo muy molesta. Desde que cambiaron de empresa de reparto, el periódico del domingo "
    "llega cuando le da la gana al repartidor, y dos domingos no llegó. Llamé al teléfono de "
    "atención al suscriptor y estuve 35 minutos esperando para que me dijeran que 'tomaban nota'. "
    "Encima me cobraron el mes completo.\n\n"
    "Ya me he dado de baja. Lo que quiero ahora es que borren mi cuenta y todos mis datos, que no "
    "quede nada, y que no me vuelvan a llamar ni a escribir para ofrecerme volver. Mi marido también "
    "recibe las llamadas en el fijo.\n\n"
    "Si esto sigue así pondré una reclamación ante la Agencia Española de Protección de Datos.\n\n"
    "Carmen de la Fuente Ruiz\n",
    R(["Erasure", "Opposition"], "carmen.delafuente@correo-es.example", "Carmen", "de la Fuente Ruiz"))

add("es-08-de-donde-linkedin",
    "Raúl Sánchez-Camacho <raul.sanchezcamacho@empresa-cliente.example>",
    "¿De dónde han sacado mis datos?",
    "Buenas tardes,\n\n"
    "Una headhunter de su agencia me ha escrito a mi correo personal y me ha llamado al móvil "
    "mencionando proyectos que solo aparecen en mi perfil de LinkedIn. Quisiera saber de qué fuente "
    "han obtenido mis datos, con qué finalidad los tratan, a qué clientes se los han enviado y "
    "durante cuánto tiempo piensan conservarlos.\n\n"
    "Un saludo,\nRaúl Sánchez-Camacho\nDirector Financiero\n",
    R(["Information"], "raul.sanchezcamacho@empresa-cliente.example", "Raúl", "Sánchez-Camacho"))

add("es-09-antecedentes-limitar",
    "Mamadou Diallo <mamadou.diallo@correo-es.example>",
    "Informe de antecedentes erróneo",
    "Hola,\n\n"
    "En la verificación de antecedentes que hicieron para el puesto de vigilante aparece una "
    "condena que no es mía, es de otra persona con mi mismo nombre. Ya he pedido el certificado "
    "oficial del Registro Central de Penados para demostrarlo. Mientras tanto, les pido que no usen "
    "ese informe ni lo manden a ninguna empresa. No lo borren todavía, solo déjenlo bloqueado.\n\n"
    "Gracias,\nMamadou Diallo\n611 555 874\n",
    R(["Restriction"], "mamadou.diallo@correo-es.example", "Mamadou", "Diallo"))

add("es-10-cookies-html",
    "Nerea Ibáñez <nerea.ibanez@correo-es.example>",
    "Publicidad personalizada",
    html("Hola:",
         "Soy suscriptora de la edición digital y veo anuncios según las noticias que leo. Me opongo "
         "a que utilicéis mi historial de lectura para publicidad personalizada o para crear "
         "perfiles.",
         "Que quede claro que <b>no quiero darme de baja</b> de la suscripción.",
         "Nerea Ibáñez"),
    R(["Opposition"], "nerea.ibanez@correo-es.example", "Nerea", "Ibáñez"), ct=HTML)

add("es-11-psicotecnico-latin1",
    "Mónica Iglesias Pardo <monica.iglesias@correo-es.example>",
    "Resultados de la prueba psicotécnica",
    "Hola, buenas:\n\n"
    "El mes pasado hice con ustedes una prueba psicotécnica y un test de personalidad para un "
    "proceso de selección de administrativa. ¿Podrían enviarme los resultados y las valoraciones que "
    "hicieron de mí? Me gustaría saber qué se dijo en el informe que se envió a la empresa.\n\n"
    "Muchas gracias,\nMónica Iglesias Pardo\n",
    R(["Access"], "monica.iglesias@correo-es.example", "Mónica", "Iglesias Pardo"),
    ct=LATIN1, encode="latin-1")

add("es-12-madre-hijo-menor",
    "Xiomara Restrepo <xiomara.restrepo@correo-co.example>",
    "Cuenta de mi hijo menor de edad",
    "Buenas tardes,\n\n"
    "Mi hijo Santiago Restrepo tiene 13 años y se registró en su web de noticias deportivas con mi "
    "tarjeta sin permiso, para participar en los comentarios y un concurso. Como su madre y "
    "representante legal, les pido que eliminen su cuenta y todos sus datos y comentarios.\n\n"
    "Atentamente,\nXiomara Restrepo\n",
    R(["Erasure"], "xiomara.restrepo@correo-co.example", "Santiago", "Restrepo",
      representative="Xiomara Restrepo"))

add("es-13-abogado-acceso-rectificacion",
    "Íñigo Urrutia Goikoetxea <iurrutia@bufete-urrutia.example>",
    "Solicitud en nombre de D. Wilson Quispe Mamani",
    "Estimados señores:\n\n"
    "Me dirijo a ustedes en calidad de letrado de D. Wilson Quispe Mamani, trabajador puesto a "
    "disposición por su empresa de trabajo temporal en Bilbao durante 2025. Se adjunta autorización "
    "firmada.\n\n"
    "En su nombre, solicito: (i) el acceso a la totalidad de sus datos personales, incluidos los "
    "registros de jornada, las nóminas y las evaluaciones remitidas por la empresa usuaria; y (ii) la "
    "rectificación de su categoría profesional, que figura como 'peón' cuando su contrato era de "
    "'oficial de segunda'.\n\n"
    "Atentamente,\n\nÍñigo Urrutia Goikoetxea\nAbogado - Colegiado n.º 5512\nBufete Urrutia\n\n"
    "Este mensaje y sus anexos son confidenciales. Si usted no es el destinatario, comuníquelo y "
    "proceda a su borrado.\n",
    R(["Access", "Rectification"], "iurrutia@bufete-urrutia.example", "Wilson", "Quispe Mamani",
      representative="Íñigo Urrutia Goikoetxea"))

add("es-14-consultora-reenvio",
    "Paula Jiménez <paula.jimenez@acme-corp.example>",
    "RV: no enviar mi CV",
    "Hola equipo de privacidad,\n\n"
    "Os reenvío lo que me ha escrito un candidato. Creo que es para vosotros.\n\n"
    "Paula Jiménez\nConsultora de Selección - Oficina Valencia\nTel. 96 555 21 30\n\n"
    "---------- Mensaje reenviado ---------\n"
    "De: Andrés Villanueva <andres.villanueva@correo-es.example>\n"
    "Fecha: jue, 12 nov 2026, 19:02\n"
    "Asunto: no enviar mi CV\n"
    "Para: Paula Jiménez <paula.jimenez@acme-corp.example>\n\n"
    "Hola Paula, no quiero que se siga enviando mi currículum a empresas sin preguntarme antes. "
    "Retiro el consentimiento que di para eso. Podéis seguir teniéndome en la base de datos.\n"
    "Andrés Villanueva\n",
    R(["Opposition"], "andres.villanueva@correo-es.example", "Andrés", "Villanueva"))

add("es-15-adjunto-suscriptor-plazo",
    "Atención al Suscriptor <suscriptores@acme-corp.example>",
    "RV: consulta sobre mis datos",
    None,
    R(["Information", "Erasure"], "tomas.aguilar@correo-es.example", "Tomás", "Aguilar Prieto"),
    note="Buenos días, os pasamos este correo de un exsuscriptor. Gracias.\nMaite - Atención al Suscriptor",
    attached=("Tomás Aguilar Prieto <tomas.aguilar@correo-es.example>", "consulta sobre mis datos",
              "Hola, me di de baja en septiembre. ¿Cuánto tiempo guardáis los datos de los antiguos "
              "suscriptores y para qué? En cualquier caso, quiero que borréis los míos.\n"
              "Tomás Aguilar Prieto\n"))

add("es-16-finiquito",
    "Yolanda Cortés <yolanda.cortes@correo-es.example>",
    "finiquito",
    "Hola terminé el contrato el 31 de octubre y todavía no me han pagado el finiquito ni mandado "
    "el certificado de empresa. A quién tengo que pedírselo? Yolanda Cortés\n",
    R(["Unknown"], "yolanda.cortes@correo-es.example", "Yolanda", "Cortés"))

add("es-17-mayusculas-llamadas",
    "JOSE MANUEL PRIETO <jmprieto@correo-es.example>",
    "DEJEN DE LLAMARME",
    "DEJEN DE LLAMARME PARA VENDERME LA SUSCRIPCION DEL PERIODICO. NO QUIERO NINGUNA OFERTA. "
    "QUITEN MI NUMERO DE SUS LISTAS.\nJOSE MANUEL PRIETO\n",
    R(["Opposition"], "jmprieto@correo-es.example", "Jose Manuel", "Prieto"))

add("es-18-kiero-borrar-cv",
    "brayan.mtz@correo-mx.example", "cv",
    "kiero q borren mi curriculum de su pagina ya no busco chamba gracias\n",
    R(["Erasure"], "brayan.mtz@correo-mx.example"))

add("es-19-tarea-encargado-nominas",
    "Sergio Navarro <sergio.navarro@acme-corp.example>",
    "Revisión contrato de encargado del tratamiento - gestoría nóminas",
    "Hola,\n\n"
    "A partir de enero externalizamos la confección de nóminas de los trabajadores en misión a la "
    "gestoría Asesores Levante. Nos han mandado su contrato de encargado del tratamiento (art. 28 "
    "RGPD). ¿Podéis revisarlo antes del día 10?\n\n"
    "Sergio Navarro\nResponsable de Administración de Personal\n",
    TASK("sergio.navarro@acme-corp.example", "Sergio", "Navarro"))

add("es-20-tarea-eipd-fichaje",
    "Elena Vidal <elena.vidal@acme-corp.example>",
    "EIPD fichaje biométrico en cliente",
    "Buenas,\n\nUn cliente del sector alimentario quiere que nuestros trabajadores en misión fichen "
    "con huella dactilar en su planta. ¿Tenemos que hacer una evaluación de impacto? ¿Podéis "
    "ayudarme a preparar la respuesta al cliente?\n\nElena Vidal\nKey Account Manager\n",
    TASK("elena.vidal@acme-corp.example", "Elena", "Vidal"))

add("es-21-tarea-formacion-redaccion",
    "Jorge Blanco <jorge.blanco@acme-corp.example>",
    "Formación protección de datos para la redacción",
    "Hola, ¿podríais dar una sesión de formación a los periodistas de la sección local sobre qué "
    "datos personales se pueden publicar (menores, víctimas, fotos)? Sería en diciembre. "
    "Gracias,\nJorge Blanco\nJefe de Sección Local\n",
    TASK("jorge.blanco@acme-corp.example", "Jorge", "Blanco"))

add("es-22-inc-excel-lista-externa",
    "Marta Gallego <marta.gallego@acme-corp.example>",
    "He enviado un Excel a quien no debía",
    "Hola,\n\n"
    "Hace una hora he enviado el Excel con los 230 candidatos del proceso de Mercadona (nombre, "
    "teléfono, DNI, disponibilidad) a una lista de distribución externa en vez de a la interna. Le "
    "llegó a unas 15 personas de otras empresas. He pedido que lo borren.\n\n"
    "Marta Gallego\nTécnica de Selección\n",
    INC("marta.gallego@acme-corp.example", "Marta", "Gallego"))

add("es-23-inc-contrato-ajeno",
    "Beatriz Soler <beatriz.soler@correo-es.example>",
    "Me ha llegado el contrato de otra persona",
    "Buenas tardes, en el correo con mi contrato de puesta a disposición venía adjunto el contrato "
    "de otra trabajadora, Rosa M. Campos, con su DNI, dirección y número de cuenta. Les aviso para "
    "que lo solucionen. Beatriz Soler\n",
    INC("beatriz.soler@correo-es.example", "Beatriz", "Soler"))

add("es-24-inc-portatil-sevilla",
    "Manuel Romero <manuel.romero@acme-corp.example>",
    "Robo en la oficina de Sevilla",
    "Buenos días,\n\nEsta noche han entrado a robar en la oficina de Sevilla y se han llevado dos "
    "portátiles y el armario de expedientes (contratos y copias de DNI de trabajadores). La policía "
    "ya está aquí. Os aviso porque creo que hay que notificar.\n\nManuel Romero\nDelegado Sevilla\n",
    INC("manuel.romero@acme-corp.example", "Manuel", "Romero"))

add("es-25-seguimiento-dsr",
    "Pilar Domínguez <pilar.dominguez@correo-es.example>",
    "RE: [DSR-70418] Hemos recibido su solicitud",
    "Hola, ¿hay alguna novedad? Ha pasado más de un mes.\nPilar Domínguez\n\n"
    "El 5/10/2026, privacy@acme-corp.example escribió:\n"
    "> Estimada Sra. Domínguez:\n> Hemos registrado su solicitud con la referencia DSR-70418.\n",
    FU("70418", "pilar.dominguez@correo-es.example", "Pilar", "Domínguez"))

add("es-26-seguimiento-escrito",
    "Lucía Fernández Ortega <lucia.fernandez.ortega@correo-es.example>",
    "RE: Ejercicio de los derechos de acceso y portabilidad (arts. 15 y 20 RGPD)",
    "Muy señores míos:\n\nNo he recibido acuse de recibo de mi escrito. Les ruego me confirmen que "
    "lo están tramitando.\n\nLucía Fernández Ortega\n\n"
    "> por medio del presente escrito ejerzo el derecho de acceso reconocido en el artículo 15\n",
    FU(ref("es-02-escrito-acceso-portabilidad"), "lucia.fernandez.ortega@correo-es.example", "Lucía",
       "Fernández Ortega"),
    headers=irt("es-02-escrito-acceso-portabilidad"))

add("es-27-spam-certificado-rgpd",
    "Protección Datos Express <comercial@rgpd-express.example>",
    "Su empresa no cumple el RGPD - multa de hasta 20.000.000 EUR",
    "Estimado responsable:\n\n"
    "Hemos detectado que su web no cumple la normativa. Le ofrecemos la adaptación completa, "
    "certificado oficial y borrado seguro de datos por solo 99 EUR/mes. Oferta válida 48 horas.\n\n"
    "Para darse de baja responda BAJA.\n",
    IGN("spam", "comercial@rgpd-express.example"), headers=SPAM_HDR)

add("es-28-spam-prestamo",
    "Sr. Ernesto Valdés <ernesto.valdes@fondos-privados.example>",
    "Propuesta confidencial de inversión",
    "Estimado amigo:\n\n"
    "Soy abogado de un cliente fallecido que dejó 7.500.000 USD sin beneficiario. Necesito un socio "
    "de confianza. Para proteger sus datos personales según la ley, envíeme solo su nombre, "
    "teléfono y número de cuenta. Recibirá el 40 %.\n",
    IGN("spam", "ernesto.valdes@fondos-privados.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="fondos-privados.example")])

add("es-29-boletin-rrhh",
    "Boletín RRHH Digital <boletin@rrhh-digital.example>",
    "Boletín semanal: reforma laboral y ETT",
    "BOLETÍN RRHH DIGITAL - n.º 318\n\n"
    "- Novedades sobre contratos de puesta a disposición\n"
    "- La AEPD publica guía sobre selección de personal con IA\n"
    "- Webinar gratuito el 3 de diciembre\n\n"
    "Si no desea recibir más boletines, pulse aquí: https://rrhh-digital.example/baja\n",
    IGN("bulk", "boletin@rrhh-digital.example"),
    headers=["List-Id: Boletin RRHH <boletin.rrhh-digital.example>",
             "List-Unsubscribe: <https://rrhh-digital.example/baja>", "Precedence: bulk"])

add("es-30-fuera-oficina",
    "Ana Belén Ríos <anabelen.rios@empresa-usuaria.example>",
    "Respuesta automática: Fuera de la oficina",
    "Estaré fuera de la oficina hasta el 24 de noviembre. Para asuntos urgentes, contacte con "
    "rrhh@empresa-usuaria.example. Gracias.\n",
    IGN("auto_reply", "anabelen.rios@empresa-usuaria.example"),
    headers=["Auto-Submitted: auto-replied"])

add("es-31-testamento-digital",
    "Concepción Marín Alcaraz <concha.marin@correo-es.example>",
    "Testamento digital",
    "Buenas tardes:\n\n"
    "Soy suscriptora de su periódico desde hace muchos años y estoy preparando mi testamento digital "
    "(artículo 96 de la LOPDGDD). Quisiera dejar indicado que, cuando fallezca, mi cuenta de "
    "suscriptora se cierre y se supriman mis datos, y que la persona encargada de gestionarlo sea mi "
    "hija, Irene Sáez Marín. ¿Cómo puedo registrar estas instrucciones con ustedes?\n\n"
    "Un cordial saludo,\nConcepción Marín Alcaraz\n",
    R(["AdvanceDirectives"], "concha.marin@correo-es.example", "Concepción", "Marín Alcaraz"),
    ct=CP1252, encode="cp1252")
